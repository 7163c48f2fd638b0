package dev.synthesis.app.jobs.internal;

import dev.synthesis.app.jobs.RemotePartitionSettings;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.support.JmsHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Batch remote partitioning over ActiveMQ Artemis: each instance sends its generation
 * partitions to one queue and waits for their results on a queue of its own; every process with
 * consumers takes partitions from that queue, one message per partition on a transacted session,
 * with no prefetch, so an idle worker takes the next partition and a dead worker's partition goes
 * back to the queue. Why Artemis rather than Redis or Kafka: infra/README.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "synthesis.jobs.remote.enabled", havingValue = "true")
@EnableIntegration
class RemotePartitionConfiguration {

    @Bean
    ConnectionFactory partitionBroker(RemotePartitionSettings settings) {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(settings.brokerUrl(), settings.user(), settings.password());
        // no prefetch: a worker busy with one long partition must not hold the next ones back from idle workers
        artemis.setConsumerWindowSize(0);
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis);
        caching.setCacheConsumers(false);
        return caching;
    }

    @Bean
    JmsTemplate partitionMessages(ConnectionFactory partitionBroker) {
        return new JmsTemplate(partitionBroker);
    }

    @Bean
    RemotePartitions remotePartitions(JmsTemplate partitionMessages, JsonMapper json, JobRepository repository) {
        return new RemotePartitions(partitionMessages, json, repository);
    }

    @Bean
    PartitionDistribution remoteDistribution(RemotePartitionSettings settings, RemotePartitions remotePartitions) {
        return new PartitionDistribution(new FairExecutor(settings.inFlight(), "partition-dispatch-"), remotePartitions);
    }

    @Bean
    IntegrationFlow partitionResults(ConnectionFactory partitionBroker, RemotePartitions remotePartitions) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(partitionBroker).destination(remotePartitions.replyQueue()))
                .handle(message -> remotePartitions.resultArrived((String) message.getPayload()))
                .get();
    }

    @Bean
    @ConditionalOnExpression("'${synthesis.jobs.remote.consumers:1}' != '0'")
    PartitionWorker partitionWorker(JobRepository repository, BeanFactory beans, JsonMapper json) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beans);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(repository);
        handler.setStepLocator(steps);
        return new PartitionWorker(handler, repository, json);
    }

    /** The result is sent on the request's own session, so it leaves with the acknowledgement or not at all. */
    @Bean
    @ConditionalOnExpression("'${synthesis.jobs.remote.consumers:1}' != '0'")
    IntegrationFlow partitionRequests(ConnectionFactory partitionBroker, RemotePartitionSettings settings, PartitionWorker worker,
            JmsTemplate partitionMessages) {
        int consumers = settings.consumersOrCores();
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(partitionBroker)
                        .destination(PartitionMessages.REQUESTS)
                        .configureListenerContainer(container -> container.sessionTransacted(true)
                                .concurrentConsumers(consumers).maxConcurrentConsumers(consumers)))
                .handle(message -> {
                    PartitionMessages.Request request = worker.request((String) message.getPayload());
                    boolean redelivered = Boolean.TRUE.equals(message.getHeaders().get(JmsHeaders.REDELIVERED));
                    partitionMessages.convertAndSend(request.replyTo(), worker.handle(request, redelivered));
                })
                .get();
    }
}
