package dev.synthesis.engine.postgres;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.io.ValueText;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Writes rows into a new PostgreSQL table whose columns have the schema's types, by COPY in the
 * text format. It creates the table and loads it on the caller's transaction, so a load that fails
 * and is rolled back leaves no table (and, with {@code replace}, the old one as it was).
 */
public final class PostgresTableWriter implements RowSink, AutoCloseable {

    private final List<FieldDefinition> fields;
    private final CopyText copy;

    private PostgresTableWriter(List<FieldDefinition> fields, CopyText copy) {
        this.fields = fields;
        this.copy = copy;
    }

    /**
     * Creates the table and starts its COPY on a connection whose transaction the caller commits.
     *
     * @throws TableExists if the table exists and {@code replace} is false
     */
    public static PostgresTableWriter create(Connection connection, String table, DataSchema schema, boolean replace)
            throws SQLException {
        if (exists(connection, table)) {
            if (!replace) {
                throw new TableExists(table);
            }
            run(connection, "drop table " + TableDefinition.quote(table));
        }
        run(connection, TableDefinition.createTable(table, schema));
        return new PostgresTableWriter(schema.fields(), CopyText.streaming(connection, "copy " + TableDefinition.quote(table) + " from stdin"));
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement lookup = connection.prepareStatement("select to_regclass(?) is not null")) {
            lookup.setString(1, TableDefinition.quote(table));
            try (ResultSet found = lookup.executeQuery()) {
                found.next();
                return found.getBoolean(1);
            }
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void accept(Object[] row) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                copy.tab();
            }
            writeValue(fields.get(i), row[i]);
        }
        try {
            copy.endRow();
        } catch (SQLException failed) {
            throw new IllegalStateException("could not send rows to PostgreSQL: " + failed.getMessage(), failed);
        }
    }

    /** Values in the input syntax of the column's type: ISO dates, t/f, numbers with the schema's scale. */
    private void writeValue(FieldDefinition field, Object value) {
        switch (value) {
            case null -> copy.nullValue();
            case Long number -> copy.number(number);
            case Boolean flag -> copy.text(flag ? "t" : "f");
            case TemporalAccessor temporal -> copy.text(temporal.toString());
            case Double number when field.type() == FieldType.NUMBER -> copy.text(ValueText.of(field, number));
            default -> copy.text(value.toString());
        }
    }

    /** Sends the rows still buffered and ends the COPY. */
    @Override
    public void close() throws SQLException {
        copy.finish();
    }
}
