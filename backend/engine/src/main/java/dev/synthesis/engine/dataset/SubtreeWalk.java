package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.sequence.SequenceModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Generates one root row and everything under it, table by table, parents first: every child row of a
 * parent gets the next global row index of its table, so rows are numbered in parent order. The plan
 * walks the same way without sinks, drawing only the children counts and the context fields the
 * children need, which makes its counts the generation's by construction. Memory holds one root's
 * subtree of non-leaf rows; leaf rows stream straight to the sinks.
 */
final class SubtreeWalk {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long REFERENCE_STREAM = 1L << 40;
    private static final long POPULARITY_STREAM = 1L << 41;
    private static final int MAX_POPULARITY_DRAWS = 64;

    /** A generated row with children: its global index, own values as drawn (before any sequence fill) and children counts. */
    private record Node(long row, Object[] values, long[] counts) {}

    private final DatasetModel model;
    private final DatasetLayout layout;
    private final TableRows[] rows;
    private final long[] next;
    private final long[] firstRows;
    private final long[] totals;
    private final TableSinks sinks;
    private final RowSink[] tableSinks;
    private final boolean[][] needed;
    private final int[][] contextSources;
    private final int[] parentKey;
    private final int[][] ownSource;
    private final ReferenceModel[][] references;
    private final int[] referencedKey;
    private final int[] sequenceStart;
    private final List<List<Node>> nodes = new ArrayList<>();

    /**
     * @param firstRows where each table's rows of the plan start, and {@code totals} how many there are (the
     *                  rows secondary references choose from); with sinks, all null for the plan's walk
     */
    SubtreeWalk(DatasetModel model, DatasetLayout layout, long seed, long[] firstRows, long[] totals, TableSinks sinks) {
        this.model = model;
        this.layout = layout;
        this.firstRows = firstRows;
        this.totals = totals;
        this.sinks = sinks;
        int tables = layout.names.size();
        rows = new TableRows[tables];
        next = new long[tables];
        tableSinks = new RowSink[tables];
        needed = new boolean[tables][];
        contextSources = new int[tables][];
        parentKey = new int[tables];
        ownSource = new int[tables][];
        references = new ReferenceModel[tables][];
        for (int t = 0; t < tables; t++) {
            rows[t] = new TableRows(model.tables().get(t), RowRandom.mix(seed + (t + 1) * GOLDEN));
            needed[t] = new boolean[rows[t].ownFields()];
            nodes.add(new ArrayList<>());
        }
        referencedKey = new int[model.schema().relationships().size()];
        sequenceStart = new int[tables];
        for (int t = 0; t < tables; t++) {
            link(t);
        }
    }

    private void link(int t) {
        TableModel table = model.tables().get(t);
        int parent = layout.parent[t];
        if (parent >= 0) {
            TableModel parentModel = model.tables().get(parent);
            contextSources[t] = table.contextSources().stream()
                    .mapToInt(source -> source.equals(TableModel.SIBLINGS) ? -1 : parentModel.ownIndex(source)).toArray();
            Arrays.stream(contextSources[t]).filter(source -> source >= 0).forEach(source -> needed[parent][source] = true);
            TableRelationship driving = model.schema().relationships().get(layout.driving[t]);
            parentKey[t] = parentModel.ownIndex(driving.parentKey());
            sequenceStart[t] = driving.sequence() == null || driving.sequence().parentStart() == null ? -1
                    : parentModel.ownIndex(driving.sequence().parentStart());
        }
        DataSchema schema = model.schema().tables().get(t);
        ownSource[t] = new int[schema.fields().size()];
        references[t] = new ReferenceModel[schema.fields().size()];
        for (int i = 0; i < schema.fields().size(); i++) {
            FieldDefinition field = schema.fields().get(i);
            ownSource[t][i] = table.ownIndex(field.name());
            for (ReferenceModel reference : table.references()) {
                if (reference.childKey().equals(field.name())) {
                    references[t][i] = reference;
                    TableRelationship relationship = model.schema().relationships().get(reference.relationship());
                    referencedKey[reference.relationship()] =
                            model.tables().get(layout.index(relationship.parent())).ownIndex(relationship.parentKey());
                }
            }
        }
    }

    /** Continues numbering where a part starts. */
    void startAt(Map<String, Long> firstRow) {
        firstRow.forEach((table, row) -> next[layout.index(table)] = row);
    }

    long next(int table) {
        return next[table];
    }

    void root(int rootTable, long rootRow) {
        if (next[rootTable] != rootRow) {
            throw new IllegalStateException("root rows are walked in order; expected " + next[rootTable] + ", got " + rootRow);
        }
        for (int t : layout.tree(rootTable)) {
            if (t == rootTable && sinks == null && !layout.hasChildren(t)) {
                next[t]++;
            } else if (t == rootTable) {
                write(t, emit(t, null, 0));
            } else if (sinks == null && !layout.hasChildren(t)) {
                nodes.get(layout.parent[t]).forEach(parent -> next[t] += parent.counts()[layout.slot[t]]);
            } else {
                nodes.get(layout.parent[t]).forEach(parent -> children(t, parent));
            }
        }
        nodes.forEach(List::clear);
    }

    /**
     * The children of one parent in one table. A sequence's events are generated first, then ordered in
     * time and filled by the sequence model, seeded by the parent's global row, before they are written.
     */
    private void children(int t, Node parent) {
        long count = parent.counts()[layout.slot[t]];
        SequenceModel sequence = model.tables().get(t).sequence();
        if (sinks == null || sequence == null) {
            for (long k = 0; k < count; k++) {
                write(t, emit(t, parent, count));
            }
            return;
        }
        Object[][] events = new Object[Math.toIntExact(count)][];
        for (int k = 0; k < events.length; k++) {
            events[k] = emit(t, parent, count);
        }
        Instant start = sequenceStart[t] < 0 ? null : EventSequences.instant(parent.values()[sequenceStart[t]]);
        sequence.fill(rows[t].seed(), parent.row(), start, events);
        for (Object[] event : events) {
            write(t, event);
        }
    }

    /** Draws the next row of a table; returns it in the table's field order, or null in the plan's walk. */
    private Object[] emit(int t, Node parent, long siblings) {
        long row = next[t]++;
        Object[] values = new Object[rows[t].ownFields()];
        long[] counts = new long[rows[t].slots()];
        Object[] context = context(t, parent, siblings);
        rows[t].draw(row, context, sinks == null ? needed[t] : null, values, counts);
        if (layout.hasChildren(t)) {
            nodes.get(t).add(new Node(row, values, counts));
        }
        return sinks == null ? null : output(t, row, rows[t].unlessReplicated(row, context, values), parent);
    }

    private void write(int t, Object[] row) {
        if (row != null) {
            sink(t).accept(row);
        }
    }

    private Object[] context(int t, Node parent, long siblings) {
        if (parent == null) {
            return null;
        }
        int[] sources = contextSources[t];
        Object[] context = new Object[sources.length];
        for (int i = 0; i < sources.length; i++) {
            context[i] = sources[i] < 0 ? (Object) siblings : parent.values()[sources[i]];
        }
        return context;
    }

    private Object[] output(int t, long row, Object[] values, Node parent) {
        int[] sources = ownSource[t];
        Object[] out = new Object[sources.length];
        for (int i = 0; i < sources.length; i++) {
            out[i] = sources[i] >= 0 ? values[sources[i]]
                    : references[t][i] != null ? reference(t, row, references[t][i])
                    : parent.values()[parentKey[t]];
        }
        return out;
    }

    /**
     * A self-reference points at an earlier row of its table (earlier batches included), any other reference
     * at a row of the referenced table in this plan, drawn by popularity (rejection sampling against the
     * largest weight; each row's weight is a pure function of its index, so nothing is held in memory).
     */
    private Object reference(int t, long row, ReferenceModel reference) {
        TableRelationship relationship = model.schema().relationships().get(reference.relationship());
        int referenced = layout.index(relationship.parent());
        long available = relationship.selfReference() ? row : totals[referenced];
        RowRandom random = rows[t].random(REFERENCE_STREAM + reference.relationship(), row);
        if (available == 0 || random.nextDouble() < reference.nullShare()) {
            return null;
        }
        long first = relationship.selfReference() ? 0 : firstRows[referenced];
        long target = first + random.nextLong(available);
        ChildCountSampler popularity = reference.popularity();
        for (int draw = 1; popularity != null && popularity.max() > 0 && draw < MAX_POPULARITY_DRAWS; draw++) {
            long weight = popularity.at(rows[referenced].random(POPULARITY_STREAM + reference.relationship(), target).nextDouble());
            if (random.nextDouble() * popularity.max() < weight) {
                break;
            }
            target = first + random.nextLong(available);
        }
        return rows[referenced].valueAt(target, referencedKey[reference.relationship()]);
    }

    private RowSink sink(int t) {
        if (tableSinks[t] == null) {
            tableSinks[t] = sinks.sink(layout.names.get(t));
        }
        return tableSinks[t];
    }
}
