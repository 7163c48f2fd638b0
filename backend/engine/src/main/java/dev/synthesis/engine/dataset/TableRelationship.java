package dev.synthesis.engine.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One foreign key: {@code child.childKey} references {@code parent.parentKey}.
 *
 * @param cardinality one-to-many unless said otherwise
 * @param children    schema-only declaration of children per parent, or null
 * @param sequence    the children form an event sequence per parent, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableRelationship(String parent, String parentKey, String child, String childKey, Cardinality cardinality,
                                ChildCount children, SequenceSpec sequence) {

    public TableRelationship {
        cardinality = cardinality == null ? Cardinality.ONE_TO_MANY : cardinality;
    }

    public static TableRelationship oneToMany(String parent, String parentKey, String child, String childKey) {
        return new TableRelationship(parent, parentKey, child, childKey, Cardinality.ONE_TO_MANY, null, null);
    }

    /** A table referencing its own key (an employee's manager). */
    public boolean selfReference() {
        return parent != null && parent.equals(child);
    }

    @Override
    public String toString() {
        return child + "." + childKey + " -> " + parent + "." + parentKey;
    }
}
