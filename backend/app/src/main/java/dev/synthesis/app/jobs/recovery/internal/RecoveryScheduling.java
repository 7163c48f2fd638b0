package dev.synthesis.app.jobs.recovery.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Heartbeats run on Spring's scheduler. With virtual threads on (spring.threads.virtual), each
 * scheduled run gets a thread of its own, so a slow task elsewhere cannot delay a heartbeat.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RecoveryScheduling {}
