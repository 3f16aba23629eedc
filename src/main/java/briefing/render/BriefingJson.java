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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code data/briefing.json}, format 2: the resolved briefing for other programs, every list in id
 * order. A claim lists only the sources that cover it, so the file grows with the annotations, not
 * with claims × articles.
 */
final class BriefingJson {
    /** The format's number, the file's first key: readers can tell the versions apart. */
    static final int FORMAT = 2;

    private BriefingJson() {
    }

    /** Streams the file, one item at a time: it is never held whole in memory. */
    static void write(Graph graph, OutputStream stream) throws IOException {
        OutputStream out = new BufferedOutputStream(stream, 1 << 16);
        var s = graph.settings();
        text(out, "{\"format\":" + FORMAT + ",\"title\":" + Json.of(s.title()) + ",\"subtitle\":"
                + Json.of(s.subtitle().isEmpty() ? null : s.subtitle()) + ",\"language\":" + Json.of(s.language()));
        list(out, "actors", graph.actors(), a -> Json.of(actor(graph, a)));
        list(out, "events", graph.events(), e -> Json.of(event(e)));
        list(out, "articles", graph.articles(), a -> Json.of(article(graph, a)));
        list(out, "claims", graph.claims(), c -> Json.of(claim(graph, c)));
        text(out, "}\n");
        out.flush();
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
        m.put("except", a.except().stream().map(Alias::text).toList());
        m.put("sort_as", blankToNull(a.sortAs()));
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

    private static Map<String, Object> article(Graph graph, Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", blankToNull(a.outlet()));
        m.put("published", a.published() == null ? null : a.published().raw().strip());
        m.put("dateline", blankToNull(a.dateline()));
        m.put("url", blankToNull(a.url()));
        m.put("cites", a.cites().stream().map(Ref::id).distinct().toList());
        m.put("sha256", a.sha256());
        m.put("label", graph.label(a.id()));
        m.put("authors", a.authors());
        return m;
    }

    /** A claim with the sources that cover it, in article id order. */
    private static Map<String, Object> claim(Graph graph, Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("statement", c.statement());
        m.put("topic", blankToNull(c.topic()));
        m.put("about", c.about().stream().map(Ref::id).distinct().toList());
        m.put("event", c.event() == null ? null : c.event().id());
        m.put("discrepancy", graph.kind(c.id()).word());
        if (!c.discrepancyNote().isEmpty()) {
            m.put("discrepancy_note", c.discrepancyNote());
        }
        m.put("origins", graph.origins(c.id()));
        Map<String, Object> sources = new TreeMap<>();
        for (ClaimSource source : c.sources()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("stance", source.stance().word());
            entry.put("quote", source.quote());
            entry.put("value", blankToNull(source.value()));
            entry.put("via", source.via().stream().map(Ref::id).distinct().toList());
            sources.putIfAbsent(source.article(), entry);
        }
        m.put("sources", sources);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
