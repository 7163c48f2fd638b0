package dev.synthesis.engine.dataset;

import dev.synthesis.engine.model.FieldSampler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted dataset: one {@link TableModel} per table (in the schema's table order) and the root rows
 * the seeds had. Generation walks each root row's subtree ({@link SubtreeWalk}); every foreign key
 * copies a key generated for the referenced row, so referential integrity holds by construction, and
 * keys come from identifier samplers that are unique per global row index, so they are unique across
 * parts.
 */
public record DatasetModel(DatasetSchema schema, List<TableModel> tables, Map<String, Long> seedRootRows) {

    public DatasetModel {
        tables = List.copyOf(tables);
        seedRootRows = Map.copyOf(seedRootRows);
    }

    /** Tables with no driving parent, in generation order. */
    public List<String> rootTables() {
        DatasetLayout layout = new DatasetLayout(schema);
        return layout.roots().stream().map(layout.names::get).toList();
    }

    /**
     * The rows a generation makes and its parts: each part takes consecutive root rows until its tree
     * holds at least {@code rowsPerPart} rows. Walks every non-leaf row's children count once.
     *
     * @param rootRows root rows per root table; a root table left out gets the seed's root rows, else its
     *                 schema's target volume
     */
    public DatasetPlan plan(long seed, Map<String, Long> rootRows, long rowsPerPart) {
        if (rowsPerPart < 1) {
            throw new IllegalArgumentException("a part holds at least one row");
        }
        DatasetLayout layout = new DatasetLayout(schema);
        Map<String, Long> roots = new LinkedHashMap<>();
        SubtreeWalk walk = new SubtreeWalk(this, layout, seed, null, null);
        List<DatasetPart> parts = new ArrayList<>();
        for (int root : layout.roots()) {
            long count = rootRowsOf(layout.names.get(root), rootRows);
            roots.put(layout.names.get(root), count);
            List<Integer> tree = layout.tree(root);
            long[] first = positions(walk, layout);
            long firstRoot = 0;
            for (long row = 0; row < count; row++) {
                walk.root(root, row);
                if (rowsSince(walk, tree, first) >= rowsPerPart || row == count - 1) {
                    parts.add(part(layout, root, firstRoot, row + 1 - firstRoot, tree, first, walk));
                    first = positions(walk, layout);
                    firstRoot = row + 1;
                }
            }
        }
        Map<String, Long> rowsPerTable = new LinkedHashMap<>();
        layout.order.forEach(table -> rowsPerTable.put(layout.names.get(table), walk.next(table)));
        checkCapacity(rowsPerTable);
        return new DatasetPlan(roots, rowsPerTable, parts);
    }

    /** Streams every table's rows of part {@code part} to the sinks; depends only on (this model, seed, plan, part). */
    public void generate(long seed, DatasetPlan plan, int part, TableSinks sinks) {
        DatasetLayout layout = new DatasetLayout(schema);
        DatasetPart range = plan.parts().get(part);
        long[] totals = layout.names.stream().mapToLong(name -> plan.rowsPerTable().getOrDefault(name, 0L)).toArray();
        SubtreeWalk walk = new SubtreeWalk(this, layout, seed, totals, sinks);
        walk.startAt(range.firstRow());
        int root = layout.index(range.rootTable());
        for (long row = range.firstRoot(); row < range.firstRoot() + range.roots(); row++) {
            walk.root(root, row);
        }
        range.rows().forEach((table, rows) -> {
            if (walk.next(layout.index(table)) != range.firstRow().get(table) + rows) {
                throw new IllegalStateException("the plan was made with another model or seed: table '" + table
                        + "' did not come to " + rows + " rows in part " + part);
            }
        });
    }

    private long rootRowsOf(String table, Map<String, Long> asked) {
        Long count = asked.get(table);
        if (count == null) {
            count = seedRootRows.get(table);
        }
        if (count == null) {
            count = schema.table(table).orElseThrow().targetVolume().totalRecords();
        }
        if (count < 0) {
            throw new IllegalArgumentException("root rows of '" + table + "' must not be negative");
        }
        return count;
    }

    private static long[] positions(SubtreeWalk walk, DatasetLayout layout) {
        long[] positions = new long[layout.names.size()];
        for (int t = 0; t < positions.length; t++) {
            positions[t] = walk.next(t);
        }
        return positions;
    }

    private static long rowsSince(SubtreeWalk walk, List<Integer> tree, long[] first) {
        return tree.stream().mapToLong(table -> walk.next(table) - first[table]).sum();
    }

    private static DatasetPart part(DatasetLayout layout, int root, long firstRoot, long roots, List<Integer> tree, long[] first,
                                    SubtreeWalk walk) {
        Map<String, Long> firstRow = new HashMap<>();
        Map<String, Long> rows = new HashMap<>();
        for (int table : tree) {
            firstRow.put(layout.names.get(table), first[table]);
            rows.put(layout.names.get(table), walk.next(table) - first[table]);
        }
        return new DatasetPart(layout.names.get(root), firstRoot, roots, firstRow, rows);
    }

    /** Unique fields promise distinct values up to their capacity; a plan beyond it is refused rather than repeat keys. */
    private void checkCapacity(Map<String, Long> rowsPerTable) {
        for (TableModel table : tables) {
            long rows = rowsPerTable.getOrDefault(table.name(), 0L);
            List<FieldSampler> samplers = table.fields().samplers();
            for (int i = 0; i < table.ownFields(); i++) {
                if (rows > samplers.get(i).uniqueCapacity()) {
                    throw new IllegalArgumentException("field '" + table.name() + "." + table.fields().schema().fields().get(i).name()
                            + "' can hold only " + samplers.get(i).uniqueCapacity() + " unique values; the plan needs " + rows);
                }
            }
        }
    }
}
