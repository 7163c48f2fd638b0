package dev.synthesis.app.migration.internal;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Declares the start-up check a database initializer, so Boot makes every bean that depends on
 * database initialization (the entity manager factory, JDBC templates, Spring Batch's job
 * repository) wait for it: Hibernate's schema validation would otherwise fail first, with a
 * message about a missing column instead of the missing migration.
 */
public class DatabaseCheckDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(DatabaseCheck.class);
    }
}
