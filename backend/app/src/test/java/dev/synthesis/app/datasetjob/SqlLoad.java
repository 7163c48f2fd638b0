package dev.synthesis.app.datasetjob;

import dev.synthesis.app.support.TestPlatform;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Loads a dataset's SQL script as psql would with ON_ERROR_STOP, in a fresh schema of the test
 * database that is dropped afterwards: statements through JDBC, COPY blocks through the driver's
 * CopyManager ({@code psql} may be missing where the tests run).
 */
final class SqlLoad {

    private SqlLoad() {}

    /** Rows per table once loaded; throws the server's error when any statement fails. */
    static Map<String, Long> intoFreshSchema(String script) throws SQLException, IOException {
        Map<String, String> env = TestPlatform.migrationEnvironment();
        String schema = "load_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"), env.get("SYNTHESIS_DB_OWNER_USER"),
                env.get("SYNTHESIS_DB_OWNER_PASSWORD"))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create schema " + schema);
                statement.execute("set search_path to " + schema);
            }
            try {
                List<String> tables = run(connection, script);
                return counts(connection, tables);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop schema " + schema + " cascade");
                }
            }
        }
    }

    /** The script with its last transaction pointing at an account that does not exist. */
    static String withDanglingTransaction(String script) {
        int copy = script.indexOf("COPY \"transactions\"");
        int end = script.indexOf("\n\\.\n", copy);
        int lastRow = script.lastIndexOf('\n', end - 1) + 1;
        String[] cells = script.substring(lastRow, end).split("\t", -1);
        cells[1] = "NO-SUCH-ACCOUNT";
        return script.substring(0, lastRow) + String.join("\t", cells) + script.substring(end);
    }

    private static List<String> run(Connection connection, String script) throws SQLException, IOException {
        List<String> tables = new java.util.ArrayList<>();
        StringBuilder statement = new StringBuilder();
        List<String> lines = script.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("COPY ")) {
                StringBuilder rows = new StringBuilder();
                for (i++; !lines.get(i).equals("\\."); i++) {
                    rows.append(lines.get(i)).append('\n');
                }
                ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI()
                        .copyIn(line.substring(0, line.length() - 1), new StringReader(rows.toString()));
                tables.add(line.substring(line.indexOf('"') + 1, line.indexOf('"', line.indexOf('"') + 1)));
            } else if (!line.startsWith("--")) {
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    try (Statement sql = connection.createStatement()) {
                        sql.execute(statement.toString());
                    }
                    statement.setLength(0);
                }
            }
        }
        return tables;
    }

    private static Map<String, Long> counts(Connection connection, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("select count(*) from \"" + table + "\"")) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }
}
