package dev.synthesis.app.jobs.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keyed lanes in turn order. A new key goes to the head: it waits for no one. The lane whose
 * turn it is stays at the head while it is served, then goes to the back, or away if empty.
 */
final class Lanes<K, V> {

    private final Deque<K> turns = new ArrayDeque<>();
    private final Map<K, V> lanes = new HashMap<>();

    V get(K key, Supplier<V> created) {
        return lanes.computeIfAbsent(key, newKey -> {
            turns.addFirst(newKey);
            return created.get();
        });
    }

    V find(K key) {
        return lanes.get(key);
    }

    V remove(K key) {
        turns.remove(key);
        return lanes.remove(key);
    }

    /** The lane whose turn it is; there must be one. */
    V current() {
        return lanes.get(turns.getFirst());
    }

    /** Ends the current lane's turn: it goes to the back, or away when {@code empty} says so. */
    void endTurn(Predicate<V> empty) {
        K served = turns.removeFirst();
        if (empty.test(lanes.get(served))) {
            lanes.remove(served);
        } else {
            turns.addLast(served);
        }
    }

    boolean isEmpty() {
        return lanes.isEmpty();
    }

    /** The lanes in turn order. */
    Collection<V> values() {
        List<V> inTurn = new ArrayList<>();
        turns.forEach(key -> inTurn.add(lanes.get(key)));
        return inTurn;
    }
}
