package dev.synthesis.engine.io;

import dev.synthesis.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects a raw table while a reader walks a file: the union of column names in order of first
 * appearance, rows of text (empty text becomes null), and the limits on rows, columns and field
 * length, reported with the reader's current place.
 */
final class RawRows {

    private final String fileName;
    private final ReadLimits limits;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> keys = new HashMap<>();
    private final Set<String> lowerCaseNames = new HashSet<>();
    private final List<Object[]> rows = new ArrayList<>();

    RawRows(String fileName, ReadLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /**
     * The index of a column, added if new. Blank names become {@code column_N}; a name repeating
     * another (ignoring case, as schemas compare names) gets a {@code _2}, {@code _3}... suffix.
     */
    int addColumn(String name, String place) {
        String cleaned = name == null || name.isBlank() ? "column_" + (names.size() + 1) : name.strip();
        if (cleaned.length() > limits.maxFieldLength()) {
            throw BadInput.at(fileName, place, "column name longer than " + limits.maxFieldLength() + " characters");
        }
        String unique = cleaned;
        for (int suffix = 2; lowerCaseNames.contains(unique.toLowerCase(Locale.ROOT)); suffix++) {
            unique = cleaned + "_" + suffix;
        }
        return register(unique, place);
    }

    /** The index of a named column, added when first seen (JSON keys: the same key is the same column). */
    int column(String name, String place) {
        Integer index = keys.get(name);
        if (index == null) {
            index = addColumn(name, place);
            keys.put(name, index);
        }
        return index;
    }

    String fileName() {
        return fileName;
    }

    int columnCount() {
        return names.size();
    }

    /** Adds a row of text values indexed like the columns; a shorter row means trailing missing values. */
    void addRow(String[] values, String place) {
        if (rows.size() >= limits.maxRows()) {
            throw BadInput.at(fileName, place, "more than " + limits.maxRows() + " rows");
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value != null && !value.isEmpty()) {
                checkLength(value, place, i);
                row[i] = value;
            }
        }
        rows.add(row);
    }

    Table toTable() {
        int width = names.size();
        List<Object[]> padded = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            padded.add(row.length == width ? row : Arrays.copyOf(row, width));
        }
        return new Table(names, padded);
    }

    private int register(String name, String place) {
        if (names.size() >= limits.maxColumns()) {
            throw BadInput.at(fileName, place, "more than " + limits.maxColumns() + " columns");
        }
        lowerCaseNames.add(name.toLowerCase(Locale.ROOT));
        names.add(name);
        return names.size() - 1;
    }

    private void checkLength(String value, String place, int column) {
        if (value.length() > limits.maxFieldLength()) {
            String name = column < names.size() ? names.get(column) : "#" + (column + 1);
            throw BadInput.at(fileName, place, name, "field longer than " + limits.maxFieldLength() + " characters");
        }
    }
}
