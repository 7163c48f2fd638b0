package dev.synthesis.app.tenancy.internal;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    /** Replaces Boot's default JPA transaction manager, so no transaction can skip the tenant. */
    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantBindingTransactionManager(entityManagerFactory);
    }
}
