package briefing.render;

import briefing.graph.Query;
import briefing.model.Kind;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The graph as one page's model sees it: the only way views reach the graph, so that every read is
 * recorded as an {@link Input}. Views ask it {@link Query queries}: {@code graph.get(Query.MENTIONS_OF,
 * actorId)}. One per page, used by one thread.
 */
final class TrackedGraph {
    private final Inputs inputs;
    /** What was read, or null when nobody will ask (a build that keeps nothing for a next one). */
    private final Set<Input> read;

    private TrackedGraph(Inputs inputs, Set<Input> read) {
        this.inputs = inputs;
        this.read = read;
    }

    /** A graph that remembers what is read, for {@link #inputs()}: a rebuild compares them next time. */
    static TrackedGraph recording(Inputs inputs) {
        return new TrackedGraph(inputs, new HashSet<>());
    }

    /** A graph that only reads: nobody will ask what was read. */
    static TrackedGraph reading(Inputs inputs) {
        return new TrackedGraph(inputs, null);
    }

    /** Everything read so far. */
    Set<Input> inputs() {
        return read == null ? Set.of() : Set.copyOf(read);
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
        note(Input.of(Query.ARTICLE_ORDER));
        return inputs.articlePositions().get(articleId);
    }

    /** A claim's number, from 1, in {@link Query#CLAIM_ORDER}. */
    int claimNumber(String claimId) {
        note(Input.of(Query.CLAIM_ORDER));
        return inputs.claimNumbers().get(claimId);
    }

    @SuppressWarnings("unchecked") // an input's value is of its query's type
    private <T> T read(Input input) {
        note(input);
        return (T) inputs.value(input);
    }

    private void note(Input input) {
        if (read != null) {
            read.add(input);
        }
    }
}
