package dev.synthesis.engine.dataset;

import dev.synthesis.engine.model.FieldSampler;
import java.util.ArrayList;
import java.util.Arrays;
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
        return plan(seed, rootRows, rowsPerPart, Map.of());
    }

    /**
     * A later batch of the same seed (a daily run): every table's rows are numbered from
     * {@code firstRows}, the rows the earlier batches made per table (the sum of their
     * {@link DatasetPlan#rowsPerTable()}), so its keys are new rows' keys and repeat none of theirs.
     */
    public DatasetPlan plan(long seed, Map<String, Long> rootRows, long rowsPerPart, Map<String, Long> firstRows) {
        if (rowsPerPart < 1) {
            throw new IllegalArgumentException("a part holds at least one row");
        }
        DatasetLayout layout = new DatasetLayout(schema);
        checkRoots(layout, rootRows);
        Map<String, Long> roots = new LinkedHashMap<>();
        SubtreeWalk walk = new SubtreeWalk(this, layout, seed, null, null, null);
        walk.startAt(firstRows);
        long[] start = positions(walk, layout);
        List<DatasetPart> parts = new ArrayList<>();
        for (int root : layout.roots()) {
            long count = rootRowsOf(layout.names.get(root), rootRows);
            roots.put(layout.names.get(root), count);
            List<Integer> tree = layout.tree(root);
            long[] first = positions(walk, layout);
            long end = start[root] + count;
            for (long row = start[root]; row < end; row++) {
                walk.root(root, row);
                if (rowsSince(walk, tree, first) >= rowsPerPart || row == end - 1) {
                    parts.add(part(layout, root, first[root], row + 1 - first[root], tree, first, walk));
                    first = positions(walk, layout);
                }
            }
        }
        Map<String, Long> rowsPerTable = new LinkedHashMap<>();
        layout.order.forEach(table -> rowsPerTable.put(layout.names.get(table), walk.next(table) - start[table]));
        checkCapacity(layout, walk);
        return new DatasetPlan(roots, rowsPerTable, parts);
    }

    /** Streams every table's rows of part {@code part} to the sinks; depends only on (this model, seed, plan, part). */
    public void generate(long seed, DatasetPlan plan, int part, TableSinks sinks) {
        DatasetLayout layout = new DatasetLayout(schema);
        DatasetPart range = plan.parts().get(part);
        long[] totals = layout.names.stream().mapToLong(name -> plan.rowsPerTable().getOrDefault(name, 0L)).toArray();
        SubtreeWalk walk = new SubtreeWalk(this, layout, seed, firstRows(layout, plan), totals, sinks);
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

    /** Where each table's rows start in this plan (a later batch starts past the earlier ones). */
    private static long[] firstRows(DatasetLayout layout, DatasetPlan plan) {
        long[] first = new long[layout.names.size()];
        Arrays.fill(first, Long.MAX_VALUE);
        plan.parts().forEach(part -> part.firstRow().forEach((table, row) -> {
            int index = layout.index(table);
            first[index] = Math.min(first[index], row);
        }));
        return Arrays.stream(first).map(row -> row == Long.MAX_VALUE ? 0 : row).toArray();
    }

    private static void checkRoots(DatasetLayout layout, Map<String, Long> rootRows) {
        rootRows.keySet().forEach(table -> {
            if (layout.parent[layout.index(table)] >= 0) {
                throw new IllegalArgumentException("'" + table + "' is not a root table: its rows follow from its parents' children counts");
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
    private void checkCapacity(DatasetLayout layout, SubtreeWalk walk) {
        for (int t = 0; t < tables.size(); t++) {
            TableModel table = tables.get(t);
            List<FieldSampler> samplers = table.fields().samplers();
            for (int i = 0; i < table.ownFields(); i++) {
                if (walk.next(t) > samplers.get(i).uniqueCapacity()) {
                    throw new IllegalArgumentException("field '" + table.name() + "." + table.fields().schema().fields().get(i).name()
                            + "' can hold only " + samplers.get(i).uniqueCapacity() + " unique values; the plan needs " + walk.next(t));
                }
            }
        }
    }
}
