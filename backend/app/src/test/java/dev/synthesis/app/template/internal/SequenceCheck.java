package dev.synthesis.app.template.internal;

import dev.synthesis.engine.dataset.TableRelationship;
import dev.synthesis.engine.schema.DataSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One sequence relationship's promise: a parent's children arrive in time order and none precedes the
 * parent's start. The earliest child of each parent is compared with the start once all rows are in, as
 * a parent need not be generated before its children reach the sink.
 */
final class SequenceCheck {

    private static final int SHOWN = 5;

    private final TableRelationship link;
    private final int parentKey;
    private final int parentStart;
    private final int childKey;
    private final int orderBy;
    private final Map<Object, Comparable<Object>> starts = new HashMap<>();
    private final Map<Object, Comparable<Object>> earliest = new HashMap<>();
    private final Map<Object, Comparable<Object>> latest = new HashMap<>();
    private final List<String> outOfOrder = new ArrayList<>();

    SequenceCheck(TableRelationship link, DataSchema parent, DataSchema child) {
        this.link = link;
        this.parentKey = CheckingSinks.index(parent, link.parentKey());
        this.parentStart = link.sequence().parentStart() == null ? -1 : CheckingSinks.index(parent, link.sequence().parentStart());
        this.childKey = CheckingSinks.index(child, link.childKey());
        this.orderBy = CheckingSinks.index(child, link.sequence().orderBy());
    }

    TableRelationship link() {
        return link;
    }

    void parent(Object[] row) {
        if (parentStart >= 0 && row[parentStart] != null) {
            starts.put(row[parentKey], comparable(row[parentStart]));
        }
    }

    void child(Object[] row) {
        Object parent = row[childKey];
        Comparable<Object> time = comparable(row[orderBy]);
        Comparable<Object> previous = latest.put(parent, time);
        if (previous != null && previous.compareTo(time) > 0 && outOfOrder.size() < SHOWN) {
            outOfOrder.add(link.child() + " of " + parent + ": " + time + " after " + previous);
        }
        earliest.merge(parent, time, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** Children out of time order and children before their parent's start, a few of each. */
    List<String> problems() {
        List<String> problems = new ArrayList<>(outOfOrder);
        earliest.forEach((parent, first) -> {
            Comparable<Object> start = starts.get(parent);
            if (start != null && start.compareTo(first) > 0 && problems.size() < 2 * SHOWN) {
                problems.add(link.child() + " of " + parent + " at " + first + ", before the parent's " + link.sequence().parentStart()
                        + " " + start);
            }
        });
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        return (Comparable<Object>) value;
    }
}
