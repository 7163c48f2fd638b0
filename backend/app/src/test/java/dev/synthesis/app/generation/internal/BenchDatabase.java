package dev.synthesis.app.generation.internal;

import dev.synthesis.app.migration.DatabaseMigration;
import dev.synthesis.app.migration.MigrationSettings;
import dev.synthesis.localplatform.LocalHome;
import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.internal.FileTrees;
import dev.synthesis.localplatform.internal.PostgresServer;
import dev.synthesis.localplatform.internal.ProcessRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A throw-away PostgreSQL for the sink benchmark, started by the local platform without Docker and
 * migrated like the app's, with one tenant, schema and job the benchmark's rows belong to.
 */
final class BenchDatabase implements AutoCloseable {

    static final String TENANT = "bench";
    private static final String OWNER = "synthesis_owner";
    private static final String APP = "synthesis_app";

    private final LocalPlatformSettings settings;
    private final ProcessRegistry registry;
    private final PostgresServer postgres;
    private final String url;
    final JobColumns job = new JobColumns(UUID.randomUUID(), TENANT, UUID.randomUUID(), 1, null, null);

    private BenchDatabase(LocalPlatformSettings settings) {
        this.settings = settings;
        this.registry = ProcessRegistry.open(settings.runDir());
        registry.recordTemporaryDir(settings.dataDir());
        this.postgres = new PostgresServer(settings, registry);
        this.url = "jdbc:postgresql://localhost:%d/%s".formatted(settings.ports().postgres(), PostgresServer.DATABASE);
    }

    static BenchDatabase start() throws SQLException {
        BenchDatabase database = new BenchDatabase(LocalPlatformSettings.forTests(LocalHome.find()));
        try {
            database.postgres.start();
            DatabaseMigration.migrate(new MigrationSettings(database.url, OWNER, database.settings.secrets().dbOwnerPassword(), APP));
            database.addJob();
            return database;
        } catch (RuntimeException | SQLException failed) {
            database.close();
            throw failed;
        }
    }

    /** The tables' owner, which may create tables; forced row-level security applies to it too. */
    Connection owner() throws SQLException {
        return transaction(OWNER, settings.secrets().dbOwnerPassword());
    }

    /** The app's role in a transaction with the benchmark's tenant set, as a partition's step has it. */
    Connection app() throws SQLException {
        return transaction(APP, settings.secrets().dbAppPassword());
    }

    private Connection transaction(String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, TENANT);
            set.execute();
        }
        return connection;
    }

    private void addJob() throws SQLException {
        try (Connection owner = owner()) {
            update(owner, "insert into tenants (id, name) values (?, 'Benchmark')", TENANT);
            update(owner, """
                    insert into data_schemas (id, tenant_id, name, current_version, schema_definition)
                    values (?, ?, 'wide', 1, '{}')""", job.schemaId(), TENANT);
            update(owner, """
                    insert into data_schema_versions (schema_id, version, tenant_id, schema_definition, created_by)
                    values (?, 1, ?, '{}', 'bench')""", job.schemaId(), TENANT);
            update(owner, """
                    insert into generation_jobs (id, tenant_id, schema_id, schema_version, row_count, seed, format, gzip,
                        partitions, status, output_prefix, created_by, table_sink)
                    values (?, ?, ?, 1, 1, 1, 'CSV', false, 1, 'RUNNING', 'bench/', 'bench', true)""",
                    job.job(), TENANT, job.schemaId());
            owner.commit();
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        postgres.close();
        FileTrees.delete(settings.dataDir());
        registry.close();
    }
}
