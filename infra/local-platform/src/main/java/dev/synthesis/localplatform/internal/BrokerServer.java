package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import java.util.Set;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/**
 * ActiveMQ Artemis, the broker that carries generation partitions to worker processes, embedded
 * in the launcher's JVM: bound to the loopback interface, one password-protected user. Messages
 * are kept in memory: the broker lives exactly as long as the platform's application and workers
 * (the launcher stops them first), so nothing outlives it that would need them, and Artemis 2.53
 * cannot reload a journal on Java 25 (Netty 4.2 frees only the direct buffers it allocated
 * itself). docker-compose's broker keeps a journal.
 */
public final class BrokerServer implements Server {

    public static final String USER = "synthesis";

    private final LocalPlatformSettings settings;
    private EmbeddedActiveMQ broker;

    public BrokerServer(LocalPlatformSettings settings) {
        this.settings = settings;
    }

    /** The core-protocol URL clients connect to. */
    public static String url(LocalPlatformSettings settings) {
        return "tcp://localhost:" + settings.ports().broker();
    }

    @Override
    public String name() {
        return "broker";
    }

    @Override
    public void start() {
        try {
            broker = new EmbeddedActiveMQ()
                    .setConfiguration(configuration())
                    .setSecurityManager(new OneUser(settings.secrets().brokerPassword()))
                    .start();
        } catch (Exception e) {
            throw new ServiceStartFailed(name(), String.valueOf(e.getMessage()), settings.logDir().resolve("launcher.log"), e);
        }
        // Artemis logs a failed initialisation and returns; a platform without its broker must not report ready
        if (!broker.getActiveMQServer().isActive()) {
            throw new ServiceStartFailed(name(), "the broker did not become active", settings.logDir().resolve("launcher.log"));
        }
    }

    private Configuration configuration() throws Exception {
        return new ConfigurationImpl()
                .setName("synthesis-broker")
                .setPersistenceEnabled(false)
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("core", "tcp://127.0.0.1:" + settings.ports().broker() + "?protocols=CORE");
    }

    @Override
    public void close() {
        try {
            if (broker != null) {
                broker.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the broker", e);
        }
    }

    /** The platform's one broker user, allowed everything, as Redis's single password is. */
    private record OneUser(String password) implements ActiveMQSecurityManager {

        @Override
        public boolean validateUser(String user, String candidate) {
            return USER.equals(user) && password.equals(candidate);
        }

        @Override
        public boolean validateUserAndRole(String user, String candidate, Set<Role> roles, CheckType checkType) {
            return validateUser(user, candidate);
        }
    }
}
