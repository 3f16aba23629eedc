package briefing.render;

import briefing.graph.Graph;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the page models of one graph leave for the next graph's, so that a rebuild ({@code serve})
 * reuses every model whose inputs did not change: each model with the inputs it read, the values of
 * those inputs, and the bodies and excerpts rendered. {@link #NONE} keeps nothing: a clean build
 * makes each model once, remembers no inputs and drops what it rendered.
 */
public abstract class PageMemo {
    /** Keeps nothing: for a build that has no next one. */
    public static final PageMemo NONE = new PageMemo() {
        @Override
        Generation begin(Graph graph, Views.Site site, MarkdownRenderer markdown) {
            markdown.keepIn(GenerationCache.none());
            return new Fresh(Inputs.of(graph), GenerationCache.none());
        }

        @Override
        public void commit() {
        }
    };

    PageMemo() {
    }

    /** A memo for a run of rebuilds: each compares its models with those of the last committed one. */
    public static PageMemo keeping() {
        return new Keeping();
    }

    /**
     * Starts the models of one graph.
     *
     * @param site     the site record, on every page: when it changed, no model is reused
     * @param markdown whose rendered bodies are kept for the next graph as the models are
     */
    abstract Generation begin(Graph graph, Views.Site site, MarkdownRenderer markdown);

    /** The models of the graph last begun become the ones the next graph's are compared with. */
    public abstract void commit();

    /** The models of one graph: each is made once, or taken over from the last graph's. */
    abstract static class Generation {
        final Inputs inputs;
        final GenerationCache<ViewBuilder.Excerpt, String[]> excerpts;

        Generation(Inputs inputs, GenerationCache<ViewBuilder.Excerpt, String[]> excerpts) {
            this.inputs = inputs;
            this.excerpts = excerpts;
        }

        /**
         * The value made under {@code key} by {@code make} from what it reads of the graph.
         *
         * @param route the page the value is made for, or null
         */
        abstract Object made(String key, Route route, Function<TrackedGraph, Object> make);

        /** Whether what is handed to {@link #keep} reaches the next graph's models. */
        abstract boolean keeps();

        /** What the last committed graph's models kept under {@code key}, or null. */
        abstract Object kept(String key);

        /** Keeps {@code value} under {@code key} for the next graph's models, once this graph is committed. */
        abstract void keep(String key, Object value);
    }

    /** Makes every value; remembers nothing of what it read. */
    private static final class Fresh extends Generation {
        Fresh(Inputs inputs, GenerationCache<ViewBuilder.Excerpt, String[]> excerpts) {
            super(inputs, excerpts);
        }

        @Override
        Object made(String key, Route route, Function<TrackedGraph, Object> make) {
            return make.apply(TrackedGraph.reading(inputs));
        }

        @Override
        boolean keeps() {
            return false;
        }

        @Override
        Object kept(String key) {
            return null;
        }

        @Override
        void keep(String key, Object value) {
        }
    }

    /** A model and what it was made from: its route and the inputs it read. */
    private record Made(Route route, Object value, int[] inputs) {
    }

    /** Takes over a value of the last graph when its route and inputs are unchanged; remembers each one. */
    private static final class Reusing extends Generation {
        private final Views.Site site;
        private final Map<String, Made> previous;
        private final Map<String, Made> made;
        private final Map<String, Object> previousKept;
        private final Map<String, Object> kept = new ConcurrentHashMap<>();

        Reusing(Views.Site site, Inputs inputs, GenerationCache<ViewBuilder.Excerpt, String[]> excerpts,
                Map<String, Made> previous, Map<String, Object> previousKept) {
            super(inputs, excerpts);
            this.site = site;
            this.previous = previous;
            this.previousKept = previousKept;
            this.made = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
        }

        @Override
        boolean keeps() {
            return true;
        }

        @Override
        Object kept(String key) {
            return previousKept.get(key);
        }

        @Override
        void keep(String key, Object value) {
            kept.put(key, value);
        }

        /** Whether a model of this graph (one taken over included) read each input, by number below {@code size}. */
        boolean[] read(int size) {
            boolean[] read = new boolean[size];
            for (Made m : made.values()) {
                for (int n : m.inputs()) {
                    read[n] = true;
                }
            }
            return read;
        }

        @Override
        Object made(String key, Route route, Function<TrackedGraph, Object> make) {
            Made last = previous.get(key);
            if (last != null && Objects.equals(last.route(), route) && !inputs.changedSince(last.inputs())) {
                made.put(key, last);
                return last.value();
            }
            TrackedGraph tracked = TrackedGraph.recording(inputs);
            Object value = make.apply(tracked);
            made.put(key, new Made(route, value, tracked.inputs()));
            return value;
        }
    }

    /** The memo of a run of rebuilds: the last committed graph's models, and the caches of rendered text. */
    private static final class Keeping extends PageMemo {
        private final GenerationCache<ViewBuilder.Excerpt, String[]> excerpts = GenerationCache.keeping();
        private final GenerationCache<MarkdownRenderer.Key, String> bodies = GenerationCache.keeping();
        private final InputIndex index = new InputIndex();
        private Reusing last;
        private Reusing current;

        @Override
        synchronized Generation begin(Graph graph, Views.Site site, MarkdownRenderer markdown) {
            bodies.newGeneration();
            excerpts.newGeneration();
            markdown.keepIn(bodies);
            boolean reuse = last != null && last.site.equals(site);
            Inputs inputs = reuse
                    ? Inputs.after(last.inputs, last.read(index.size()), graph, index)
                    : Inputs.after(null, null, graph, index);
            current = new Reusing(site, inputs, excerpts,
                    reuse ? last.made : Map.of(), reuse ? last.kept : Map.of());
            return current;
        }

        @Override
        public synchronized void commit() {
            last = current;
        }
    }
}
