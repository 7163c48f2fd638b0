package dev.synthesis.app.migration.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * The serving app's start-up check, before anything else uses the database: its role can neither
 * switch row-level security off nor escape it, and the database is at this app's latest migration.
 * The app never migrates: it holds no credentials that could ({@code migrate} run mode).
 */
@Component
class DatabaseCheck implements InitializingBean {

    /**
     * The app's role, whether it is a superuser or may bypass RLS, and the tables it owns or may
     * act as owner of through membership of their owner's role (SET ROLE): one such table is
     * enough to {@code alter table ... disable row level security}. Temporary tables are its own.
     */
    private static final String ROLE_QUERY = """
            select r.rolname, r.rolsuper, r.rolbypassrls, count(c.oid) as tables, min(c.relname) as example
            from pg_roles r
            left join pg_class c
                   on c.relkind in ('r', 'p') and c.relpersistence <> 't'
                  and c.relnamespace not in ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
                  and pg_has_role(r.oid, c.relowner, 'MEMBER')
            where r.rolname = current_user
            group by r.rolname, r.rolsuper, r.rolbypassrls""";

    private static final String ROLE_ACTION = """
            Connect the app (SYNTHESIS_DB_APP_USER) as a role that is no superuser, cannot bypass row-level \
            security and owns no table, such as synthesis_app of infra/postgres/synthesis-roles.sql. Only the \
            migrate step (java -jar synthesis-app.jar migrate) connects as the owner.""";

    private static final String MIGRATE_ACTION = """
            Run `java -jar synthesis-app.jar migrate` first, with SYNTHESIS_DB_URL, SYNTHESIS_DB_OWNER_USER, \
            SYNTHESIS_DB_OWNER_PASSWORD and SYNTHESIS_DB_APP_USER set; ./synthesis run, the tests and \
            docker-compose do so before they start the app.""";

    private final DataSource dataSource;

    DatabaseCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        requireLatestMigration(requireUnprivilegedRole());
    }

    /** Returns the role's name, once it is known to be bound by row-level security. */
    private String requireUnprivilegedRole() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery(ROLE_QUERY)) {
            role.next();
            String name = role.getString("rolname");
            String connectsAs = "The app connects to the database as " + name;
            if (role.getBoolean("rolsuper")) {
                throw new DatabaseCheckFailed(connectsAs + ", a superuser, to whom row-level security does not apply.",
                        ROLE_ACTION);
            }
            if (role.getBoolean("rolbypassrls")) {
                throw new DatabaseCheckFailed(connectsAs + ", which may bypass row-level security (BYPASSRLS).",
                        ROLE_ACTION);
            }
            if (role.getLong("tables") > 0) {
                throw new DatabaseCheckFailed(connectsAs + ", which owns or may act as the owner of " + role.getLong("tables")
                        + " table(s), " + role.getString("example") + " among them; an owner can switch row-level security off.",
                        ROLE_ACTION);
            }
            return name;
        }
    }

    /** Reads the migration history as the app's role: the migrate step grants it select on the history alone. */
    private void requireLatestMigration(String role) {
        Flyway flyway = Migrations.configure(role).dataSource(dataSource).load();
        try {
            MigrationInfoService migrations = flyway.info();
            MigrationInfo[] pending = migrations.pending();
            if (pending.length > 0) {
                throw new DatabaseCheckFailed(behind(migrations.current(), pending[pending.length - 1]), MIGRATE_ACTION);
            }
            ValidateResult validation = flyway.validateWithResult();
            if (!validation.validationSuccessful) {
                throw new DatabaseCheckFailed("The database's migration history does not match this app's migrations: "
                        + validation.getAllErrorMessages(), MIGRATE_ACTION);
            }
        } catch (FlywayException unreadable) {
            // the SQL error says why (e.g. permission denied) in one line; Flyway's own message is a table of codes
            throw new DatabaseCheckFailed("The app could not read the database's migration history as " + role + ": "
                    + NestedExceptionUtils.getMostSpecificCause(unreadable).getMessage(), MIGRATE_ACTION, unreadable);
        }
    }

    private static String behind(MigrationInfo current, MigrationInfo latest) {
        String at = current == null ? "has no migrations applied" : "is at V" + current.getVersion();
        return "The database " + at + ", this app needs V" + latest.getVersion() + ".";
    }
}
