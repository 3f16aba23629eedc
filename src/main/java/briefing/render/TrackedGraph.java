package briefing.render;

import briefing.graph.Query;
import briefing.model.Kind;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The graph as one page's model sees it: the only way views reach the graph, so that every read is
 * recorded as an {@link Input}. Views ask it {@link Query queries}: {@code graph.get(Query.MENTIONS_OF,
 * actorId)}. One per page, used by one thread.
 */
final class TrackedGraph {
    private final Inputs inputs;
    /** The numbers of what was read, repeats included, in {@code read[0..count)}; null when not recording. */
    private int[] read;
    private int count;

    private TrackedGraph(Inputs inputs, boolean recording) {
        this.inputs = inputs;
        this.read = recording ? new int[16] : null;
    }

    /**
     * A graph that remembers what is read, for {@link #inputs()}: a rebuild compares them next time.
     * Its inputs must be a rebuild's ({@link Inputs#after}), which numbers them.
     */
    static TrackedGraph recording(Inputs inputs) {
        return new TrackedGraph(inputs, true);
    }

    /** A graph that only reads: nobody will ask what was read. */
    static TrackedGraph reading(Inputs inputs) {
        return new TrackedGraph(inputs, false);
    }

    /** The numbers ({@link InputIndex}) of everything read so far, each once, in increasing order. */
    int[] inputs() {
        if (read == null) {
            return new int[0];
        }
        int[] sorted = Arrays.copyOf(read, count);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    /** A query about the whole briefing. */
    <T> T get(Query<T> query) {
        return read(new Input(query, null, ""));
    }

    /** A query about one item, by id. */
    <T> T get(Query<T> query, String id) {
        return read(new Input(query, null, id));
    }

    /** A query asked with a kind: about all items of the kind ({@code id} ""), or one of them. */
    <T> T get(Query<T> query, Kind kind, String id) {
        return read(new Input(query, kind, id));
    }

    /** A query about one item that must exist ({@link Query#itemKind}: an article, its text, ...). */
    <T> T require(Query<T> query, String id) {
        return require(query, null, id, query.itemKind());
    }

    /** A query asked with a kind about one item of it that must exist (its title). */
    <T> T require(Query<T> query, Kind kind, String id) {
        return require(query, kind, id, kind);
    }

    private <T> T require(Query<T> query, Kind kind, String id, Kind item) {
        T value = read(new Input(query, kind, id));
        if (value == null) {
            throw new NoSuchElementException("no " + item.prefix() + " with id '" + id + "'");
        }
        return value;
    }

    /** Where an article stands in {@link Query#ARTICLE_ORDER}, from 0. */
    int articlePosition(String articleId) {
        if (read != null) {
            note(inputs.numberOf(Input.of(Query.ARTICLE_ORDER)));
        }
        return inputs.articlePositions().get(articleId);
    }

    /** A claim's number, from 1, in {@link Query#CLAIM_ORDER}. */
    int claimNumber(String claimId) {
        if (read != null) {
            note(inputs.numberOf(Input.of(Query.CLAIM_ORDER)));
        }
        return inputs.claimNumbers().get(claimId);
    }

    @SuppressWarnings("unchecked") // an input's value is of its query's type
    private <T> T read(Input input) {
        if (read == null) {
            return (T) inputs.value(input);
        }
        int number = inputs.numberOf(input);
        note(number);
        return (T) inputs.value(number, input);
    }

    private void note(int number) {
        if (count == read.length) {
            read = Arrays.copyOf(read, count * 2);
        }
        read[count++] = number;
    }
}
