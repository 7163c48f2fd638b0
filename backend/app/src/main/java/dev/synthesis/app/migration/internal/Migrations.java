package dev.synthesis.app.migration.internal;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The one Flyway configuration: the migrate step applies it as the owner, the serving app checks it as itself. */
public final class Migrations {

    /** Where the migrations live, next to the {@code afterMigrate.sql} callback. */
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /**
     * Flyway for this app's migrations; {@code ${app_role}} in them names the role the serving app
     * connects as, which they grant exactly what each table needs.
     */
    public static FluentConfiguration configure(String appRole) {
        return Flyway.configure()
                .locations(LOCATION)
                .placeholders(Map.of("app_role", appRole));
    }
}
