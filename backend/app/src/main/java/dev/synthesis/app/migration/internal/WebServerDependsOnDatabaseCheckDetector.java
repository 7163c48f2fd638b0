package dev.synthesis.app.migration.internal;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;

/**
 * Makes the web server wait for the start-up check too. The server starts before most beans, and
 * its filters already reach the database (the tenant registry); without this, a failed check
 * would surface from inside Tomcat's start, behind its warnings about the pool's threads.
 */
public class WebServerDependsOnDatabaseCheckDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ServletWebServerFactory.class);
    }
}
