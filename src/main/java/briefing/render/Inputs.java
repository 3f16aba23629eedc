package briefing.render;

import briefing.graph.Graph;
import briefing.graph.Query;
import briefing.model.Parallel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value of every input the pages of one graph read, each computed once. Thread-safe once made.
 *
 * <p>A clean build's ({@link #of}) keeps only the values worth computing once. A rebuild's
 * ({@link #after}) keeps every value at the input's number in an {@link InputIndex}, so that the
 * next rebuild can tell which inputs changed: it evaluates again, in the new graph, every input a
 * page of the last one read, and marks those whose value is different.
 */
final class Inputs {
    /** Stands for null, which neither a concurrent map nor the array of values can tell from "not yet". */
    private static final Object MISSING = new Object();
    /** How many inputs one thread evaluates at a time when a rebuild begins. */
    private static final int BATCH = 512;

    private final Graph graph;
    /** The numbers of a run of rebuilds; null for a clean build, which keeps only what is worth it. */
    private final InputIndex index;
    /**
     * A clean build's: the values worth computing once, by input. A rebuild's: the values of inputs
     * that had no value in the last rebuild, by number.
     */
    private final ConcurrentHashMap<Object, Object> later = new ConcurrentHashMap<>();
    /** A rebuild's: the value of every input the last rebuild had one for, by number; null elsewhere. */
    private final Object[] values;
    /** A rebuild's: whether the input with that number has another value than in the last graph. */
    private final boolean[] changed;
    private volatile Map<String, Integer> articlePositions;
    private volatile Map<String, Integer> claimNumbers;

    private Inputs(Graph graph, InputIndex index, Object[] values, boolean[] changed) {
        this.graph = graph;
        this.index = index;
        this.values = values;
        this.changed = changed;
    }

    /**
     * The inputs of a graph that no rebuild will compare: a value that is only a lookup (an item, a
     * title, a count) is looked up each time instead of kept.
     */
    static Inputs of(Graph graph) {
        return new Inputs(graph, null, new Object[0], new boolean[0]);
    }

    /**
     * The inputs of a graph that the next rebuild will compare, every value kept.
     *
     * @param previous the inputs of the last graph, or null: each input that one of its pages read
     *                 is evaluated in this graph at once, and compared, so that pages can ask
     *                 {@link #changedSince} cheaply
     * @param read     whether a page of the last graph read the input, by number (ignored when
     *                 previous is null): an input no page reads any more, its article renamed or its
     *                 page gone, is not evaluated again
     * @param index    the numbers of the inputs, the same for every rebuild of the run
     */
    static Inputs after(Inputs previous, boolean[] read, Graph graph, InputIndex index) {
        int count = previous == null ? 0 : Math.min(index.size(), read.length);
        Object[] values = new Object[count];
        boolean[] changed = new boolean[count];
        Parallel.forEachIndex((count + BATCH - 1) / BATCH, batch -> {
            for (int n = batch * BATCH, end = Math.min(count, n + BATCH); n < end; n++) {
                Object before = read[n] ? previous.kept(n) : null;
                if (before != null) {
                    Object now = Objects.requireNonNullElse(index.input(n).valueIn(graph), MISSING);
                    values[n] = now;
                    changed[n] = before != now && !before.equals(now);
                }
            }
        });
        return new Inputs(graph, index, values, changed);
    }

    /** Whether this rebuild compared the input with that number with its value in the last graph. */
    boolean compared(int number) {
        return number < values.length && values[number] != null;
    }

    /** The value kept for the input with this number (MISSING for null), or null if none was. */
    private Object kept(int number) {
        Object value = number < values.length ? values[number] : null;
        return value != null ? value : later.get(number);
    }

    /** The input's number, for a rebuild's inputs. */
    int numberOf(Input input) {
        return index.numberOf(input);
    }

    /** The input's value in this graph: what a page that reads it sees. */
    Object value(Input input) {
        if (index != null) {
            return value(index.numberOf(input), input);
        }
        if (input.query().isLookup()) {
            return input.valueIn(graph);
        }
        Object value = later.computeIfAbsent(input, i -> Objects.requireNonNullElse(input.valueIn(graph), MISSING));
        return value == MISSING ? null : value;
    }

    /** The value of the input with this number, a rebuild's. */
    Object value(int number, Input input) {
        Object value = number < values.length ? values[number] : null;
        if (value == null) {
            value = later.computeIfAbsent(number, n -> Objects.requireNonNullElse(input.valueIn(graph), MISSING));
        }
        return value == MISSING ? null : value;
    }

    /** Where each article stands in {@link Query#ARTICLE_ORDER}, from 0. */
    Map<String, Integer> articlePositions() {
        Map<String, Integer> positions = articlePositions;
        if (positions == null) {
            positions = indexOf(value(Input.of(Query.ARTICLE_ORDER)), 0);
            articlePositions = positions;
        }
        return positions;
    }

    /** Each claim's number, from 1, by {@link Query#CLAIM_ORDER}. */
    Map<String, Integer> claimNumbers() {
        Map<String, Integer> numbers = claimNumbers;
        if (numbers == null) {
            numbers = indexOf(value(Input.of(Query.CLAIM_ORDER)), 1);
            claimNumbers = numbers;
        }
        return numbers;
    }

    private static Map<String, Integer> indexOf(Object ids, int first) {
        Map<String, Integer> index = new HashMap<>();
        int n = first;
        for (Object id : (List<?>) ids) {
            index.put((String) id, n++);
        }
        return index;
    }

    /** Whether any of a page's inputs, by number, read from the previous graph, has another value in this one. */
    boolean changedSince(int[] numbers) {
        for (int n : numbers) {
            if (n < changed.length && changed[n]) {
                return true;
            }
        }
        return false;
    }
}
