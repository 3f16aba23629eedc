package briefing.render;

import briefing.graph.Graph;
import briefing.graph.NameUse;
import briefing.model.Actor;
import briefing.model.Alias;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Event;
import briefing.model.Ref;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** {@code data/briefing.json}: the resolved briefing for other programs, every list in id order. */
final class BriefingJson {
    private BriefingJson() {
    }

    /**
     * Streams the file: its size grows with claims × articles (every claim names every article), so
     * it is never held whole in memory, and the silent entries, most of it, are written ready-made.
     */
    static void write(Graph graph, OutputStream stream) throws IOException {
        OutputStream out = new BufferedOutputStream(stream, 1 << 16);
        var s = graph.settings();
        text(out, "{\"title\":" + Json.of(s.title()) + ",\"subtitle\":" + Json.of(s.subtitle().isEmpty() ? null
                : s.subtitle()) + ",\"language\":" + Json.of(s.language()));
        list(out, "actors", graph.actors(), a -> Json.of(actor(graph, a)));
        list(out, "events", graph.events(), e -> Json.of(event(e)));
        list(out, "articles", graph.articles(), a -> Json.of(article(a)));
        List<Article> articles = graph.articles();
        SilentEntries silent = new SilentEntries(articles);
        text(out, ",\"claims\":[");
        boolean first = true;
        for (Claim c : graph.claims()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            String head = Json.of(claim(graph, c));
            text(out, head.substring(0, head.length() - 1) + ",\"sources\":{");
            // The articles that mention the claim, in article order; every other one is silent.
            TreeMap<Integer, ClaimSource> mentioned = new TreeMap<>();
            for (ClaimSource source : c.sources()) {
                Integer at = silent.index.get(source.article());
                if (at != null) {
                    mentioned.putIfAbsent(at, source);
                }
            }
            int next = 0;
            for (var e : mentioned.entrySet()) {
                int at = e.getKey();
                if (at > next) {
                    silent.write(out, next, at);
                }
                if (at > 0) {
                    out.write(',');
                }
                ClaimSource source = e.getValue();
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("stance", source.stance().word());
                entry.put("quote", source.quote());
                entry.put("value", blankToNull(source.value()));
                text(out, Json.of(articles.get(at).id()) + ":" + Json.of(entry));
                next = at + 1;
            }
            silent.write(out, next, articles.size());
            text(out, "}}");
        }
        text(out, "]}\n");
        out.flush();
    }

    /**
     * Every article's silent entry, ready-made and comma-separated in article order, so that a run
     * of silent articles, most of the file, is written with one call.
     */
    private static final class SilentEntries {
        private final Map<String, Integer> index = new HashMap<>();
        private final byte[] bytes;
        private final int[] start; // where each article's entry starts; start[n] is one past the end

        SilentEntries(List<Article> articles) {
            var all = new ByteArrayOutputStream();
            start = new int[articles.size() + 1];
            for (int i = 0; i < articles.size(); i++) {
                if (i > 0) {
                    all.write(',');
                }
                start[i] = all.size();
                String id = articles.get(i).id();
                index.put(id, i);
                all.writeBytes((Json.of(id) + ":{\"stance\":\"silent\",\"quote\":null,\"value\":null}")
                        .getBytes(StandardCharsets.UTF_8));
            }
            start[articles.size()] = all.size() + 1;
            bytes = all.toByteArray();
        }

        /**
         * The entries of articles {@code from} (inclusive) to {@code to} (exclusive), comma-separated,
         * with the comma that follows an earlier entry; nothing when the run is empty.
         */
        void write(OutputStream out, int from, int to) throws IOException {
            if (from < to) {
                int begin = from == 0 ? 0 : start[from] - 1;
                out.write(bytes, begin, start[to] - 1 - begin);
            }
        }
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> void list(OutputStream out, String key, List<T> items, Function<T, String> json)
            throws IOException {
        text(out, ",\"" + key + "\":[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            text(out, json.apply(items.get(i)));
        }
        out.write(']');
    }

    private static Map<String, Object> actor(Graph graph, Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("aliases", a.aliases());
        m.put("kind", a.kind().word());
        m.put("role", blankToNull(a.role()));
        m.put("affiliation", a.affiliation() == null ? null : a.affiliation().id());
        Map<String, Object> mentions = new LinkedHashMap<>();
        for (NameUse use : graph.nameUsesOf(a.id())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("count", use.total());
            entry.put("names", a.names().stream().map(Alias::text).filter(use.counts()::containsKey).toList());
            mentions.put(use.article(), entry);
        }
        m.put("mentions", mentions);
        return m;
    }

    private static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("date", e.date().raw().strip());
        m.put("date_note", blankToNull(e.dateNote()));
        m.put("place", blankToNull(e.place()));
        m.put("participants", e.participants().stream().map(Ref::id).distinct().toList());
        m.put("related", e.related().stream().map(Ref::id).distinct().toList());
        return m;
    }

    private static Map<String, Object> article(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", blankToNull(a.outlet()));
        m.put("published", a.published() == null ? null : a.published().raw().strip());
        m.put("dateline", blankToNull(a.dateline()));
        m.put("url", blankToNull(a.url()));
        m.put("cites", a.cites().stream().map(Ref::id).distinct().toList());
        m.put("sha256", a.sha256());
        return m;
    }

    /** A claim without its sources, which {@link #write} streams. */
    private static Map<String, Object> claim(Graph graph, Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("statement", c.statement());
        m.put("topic", blankToNull(c.topic()));
        m.put("about", c.about().stream().map(Ref::id).distinct().toList());
        m.put("event", c.event() == null ? null : c.event().id());
        m.put("discrepancy", graph.isDiscrepancy(c.id()));
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
