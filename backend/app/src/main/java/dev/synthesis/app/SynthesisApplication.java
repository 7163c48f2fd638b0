package dev.synthesis.app;

import dev.synthesis.app.migration.DatabaseMigration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Serves the API and the SPA; with the argument {@code migrate}, migrates the database and exits instead. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SynthesisApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(DatabaseMigration.COMMAND)) {
            System.exit(DatabaseMigration.run(System.getenv()));
        }
        SpringApplication.run(SynthesisApplication.class, args);
    }
}
