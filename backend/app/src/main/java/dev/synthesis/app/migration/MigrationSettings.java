package dev.synthesis.app.migration;

import java.util.Map;

/**
 * What the {@code migrate} step connects with. Only this step reads the owner's credentials; the
 * serving app never does.
 *
 * @param url           JDBC URL of the application's database ({@code SYNTHESIS_DB_URL})
 * @param ownerUser     the role that owns the tables ({@code SYNTHESIS_DB_OWNER_USER})
 * @param ownerPassword its password ({@code SYNTHESIS_DB_OWNER_PASSWORD})
 * @param appRole       the role the serving app connects as, which the migrations grant what each
 *                      table needs ({@code SYNTHESIS_DB_APP_USER})
 */
public record MigrationSettings(String url, String ownerUser, String ownerPassword, String appRole) {

    /** Reads the settings from {@code SYNTHESIS_*} variables; names the first one missing. */
    public static MigrationSettings fromEnvironment(Map<String, String> environment) {
        return new MigrationSettings(
                required(environment, "SYNTHESIS_DB_URL"),
                required(environment, "SYNTHESIS_DB_OWNER_USER"),
                required(environment, "SYNTHESIS_DB_OWNER_PASSWORD"),
                required(environment, "SYNTHESIS_DB_APP_USER"));
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }

    /** Without the password, so the settings can be logged. */
    @Override
    public String toString() {
        return "MigrationSettings[url=" + url + ", ownerUser=" + ownerUser + ", appRole=" + appRole + "]";
    }
}
