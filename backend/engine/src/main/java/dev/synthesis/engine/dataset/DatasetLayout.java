package dev.synthesis.engine.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a dataset's tables nest, derived from its relationships: each table's driving relationship (the
 * first one naming it as child, other than a self-reference), its parent, the driving relationships
 * under it (whose children counts it carries, in this order) and the root table of its tree.
 */
final class DatasetLayout {

    final List<String> names = new ArrayList<>();
    final List<Integer> order = new ArrayList<>();
    final int[] driving;
    final int[] parent;
    final int[] slot;
    final int[] root;
    final List<List<Integer>> childRelationships = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    DatasetLayout(DatasetSchema schema) {
        schema.tables().forEach(table -> {
            index.put(table.name(), names.size());
            names.add(table.name());
            childRelationships.add(new ArrayList<>());
        });
        int tables = names.size();
        driving = new int[tables];
        parent = new int[tables];
        slot = new int[tables];
        root = new int[tables];
        Arrays.fill(driving, -1);
        Arrays.fill(parent, -1);
        List<TableRelationship> relationships = schema.relationships();
        for (int r = 0; r < relationships.size(); r++) {
            TableRelationship relationship = relationships.get(r);
            int child = index(relationship.child());
            if (!relationship.selfReference() && driving[child] < 0) {
                driving[child] = r;
                parent[child] = index(relationship.parent());
                slot[child] = childRelationships.get(parent[child]).size();
                childRelationships.get(parent[child]).add(r);
            }
        }
        schema.generationOrder().forEach(name -> order.add(index(name)));
        for (int table : order) {
            root[table] = parent[table] < 0 ? table : root[parent[table]];
        }
    }

    int index(String table) {
        Integer position = index.get(table);
        if (position == null) {
            throw new IllegalArgumentException("no table '" + table + "' in the dataset");
        }
        return position;
    }

    boolean hasChildren(int table) {
        return !childRelationships.get(table).isEmpty();
    }

    /** The tables of one root's tree, parents first. */
    List<Integer> tree(int rootTable) {
        return order.stream().filter(table -> root[table] == rootTable).toList();
    }

    List<Integer> roots() {
        return order.stream().filter(table -> parent[table] < 0).toList();
    }
}
