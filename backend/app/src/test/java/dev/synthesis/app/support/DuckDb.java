package dev.synthesis.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads Parquet files as users do, with DuckDB in memory; a path may be a glob over several files. */
public final class DuckDb {

    private DuckDb() {}

    public static long count(String parquet) throws SQLException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement();
                ResultSet counted = sql.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            counted.next();
            return counted.getLong(1);
        }
    }

    /** The column types DuckDB gives the file's columns, in order. */
    public static List<String> columnTypes(String parquet) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement();
                ResultSet described = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
            while (described.next()) {
                types.add(described.getString("column_type"));
            }
        }
        return types;
    }
}
