package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings.Secrets;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the database, applies {@code infra/postgres/synthesis-roles.sql} (the script
 * docker-compose runs too) and switches the non-superuser roles to password authentication.
 */
final class DatabaseSetup {

    private static final String ROLES_SCRIPT = "/dev/synthesis/localplatform/synthesis-roles.sql";

    /**
     * zonky's initdb trusts every local connection. The superuser keeps that (zonky connects as it
     * without a password); every other role must present its password.
     */
    private static final List<String> HBA_RULES = List.of(
            "local all postgres trust",
            "host all postgres 127.0.0.1/32 trust",
            "host all postgres ::1/128 trust",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256");

    private final EmbeddedPostgres postgres;
    private final Secrets secrets;

    DatabaseSetup(EmbeddedPostgres postgres, Secrets secrets) {
        this.postgres = postgres;
        this.secrets = secrets;
    }

    void apply(String database) throws SQLException, IOException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            createDatabaseIfMissing(admin, database);
            requirePasswords(admin);
        }
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection()) {
            setSession(connection, "synthesis.owner_password", secrets.dbOwnerPassword());
            setSession(connection, "synthesis.app_password", secrets.dbAppPassword());
            try (Statement statement = connection.createStatement()) {
                statement.execute(rolesScript());
            }
        }
    }

    private static void createDatabaseIfMissing(Connection admin, String database)
            throws SQLException {
        try (PreparedStatement exists =
                admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = admin.createStatement()) {
            create.execute(createDatabaseSql(admin, database));
        }
    }

    /** An identifier cannot be a bound parameter; the server's quote_ident quotes it safely. */
    private static String createDatabaseSql(Connection admin, String database) throws SQLException {
        try (PreparedStatement quote = admin.prepareStatement("SELECT quote_ident(?)")) {
            quote.setString(1, database);
            try (ResultSet rows = quote.executeQuery()) {
                rows.next();
                return "CREATE DATABASE " + rows.getString(1);
            }
        }
    }

    private static void requirePasswords(Connection admin) throws SQLException {
        try (Statement statement = admin.createStatement();
                ResultSet hba = statement.executeQuery("SHOW hba_file")) {
            hba.next();
            writeHba(Path.of(hba.getString(1)));
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    private static void writeHba(Path file) throws SQLException {
        try {
            Files.writeString(file, String.join("\n", HBA_RULES) + "\n");
        } catch (IOException e) {
            throw new SQLException("Could not write " + file, e);
        }
    }

    private static void setSession(Connection connection, String name, String value)
            throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
            set.setString(1, name);
            set.setString(2, value);
            set.execute();
        }
    }

    private static String rolesScript() throws IOException {
        try (InputStream in = DatabaseSetup.class.getResourceAsStream(ROLES_SCRIPT)) {
            if (in == null) {
                throw new IOException("Missing " + ROLES_SCRIPT + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
