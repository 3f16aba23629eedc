package briefing.render;

import briefing.graph.Graph;
import briefing.graph.Query;
import briefing.model.Kind;
import java.util.Objects;

/**
 * One read a page's model made of the graph: a {@link Query} and its key. Its {@link #valueIn value}
 * is everything the page learned from the read: a page whose inputs all have equal values in two
 * graphs has equal models in both.
 *
 * @param kind the item's kind, for queries asked with one, else null
 * @param id   the item's id, or "" for queries about the whole briefing
 */
record Input(Query<?> query, Kind kind, String id) {

    static Input of(Query<?> query) {
        return new Input(query, null, "");
    }

    /*
     * Written out rather than generated: pages compare their inputs at every rebuild of the live
     * preview, thousands each time, and the generated methods are several times slower before the
     * JIT has compiled them fully. Queries and kinds are equal only to themselves.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Input other && query == other.query && kind == other.kind && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        int h = System.identityHashCode(query) * 31 + (kind == null ? 0 : kind.ordinal() + 1);
        return h * 31 + Objects.hashCode(id);
    }

    /** This input's value in {@code graph}; null when the item it names does not exist. */
    Object valueIn(Graph graph) {
        return query.valueIn(graph, kind, id);
    }
}
