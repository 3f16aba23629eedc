package briefing.site;

import briefing.graph.Graph;
import briefing.graph.Mention;
import briefing.render.Json;
import briefing.model.Actor;
import briefing.model.Alias;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Event;
import briefing.model.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code data/briefing.json}: the resolved briefing for other programs, every list in id order. */
final class BriefingJson {
    private BriefingJson() {
    }

    static String write(Graph graph, Map<String, String> sha256) {
        Map<String, Object> root = new LinkedHashMap<>();
        var s = graph.settings();
        root.put("title", s.title());
        root.put("subtitle", s.subtitle().isEmpty() ? null : s.subtitle());
        root.put("language", s.language());
        root.put("actors", graph.actors().stream().map(a -> actor(graph, a)).toList());
        root.put("events", graph.events().stream().map(BriefingJson::event).toList());
        root.put("articles", graph.articles().stream().map(a -> article(a, sha256.get(a.id()))).toList());
        root.put("claims", graph.claims().stream().map(c -> claim(graph, c)).toList());
        return Json.of(root) + "\n";
    }

    private static Map<String, Object> actor(Graph graph, Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("aliases", a.aliases());
        m.put("kind", a.kind().word());
        m.put("role", blankToNull(a.role()));
        m.put("affiliation", a.affiliation() == null ? null : a.affiliation().id());
        Map<String, List<Mention>> byArticle = new TreeMap<>();
        graph.mentionsOf(a.id()).forEach(x -> byArticle.computeIfAbsent(x.article(), k -> new ArrayList<>()).add(x));
        Map<String, Object> mentions = new LinkedHashMap<>();
        byArticle.forEach((article, list) -> {
            List<String> names = new ArrayList<>();
            for (Alias n : a.names()) {
                if (list.stream().anyMatch(x -> x.name().equals(n.text()))) {
                    names.add(n.text());
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("count", list.size());
            entry.put("names", names);
            mentions.put(article, entry);
        });
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

    private static Map<String, Object> article(Article a, String sha256) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", blankToNull(a.outlet()));
        m.put("published", a.published() == null ? null : a.published().raw().strip());
        m.put("dateline", blankToNull(a.dateline()));
        m.put("url", blankToNull(a.url()));
        m.put("cites", a.cites().stream().map(Ref::id).distinct().toList());
        m.put("sha256", sha256);
        return m;
    }

    private static Map<String, Object> claim(Graph graph, Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("statement", c.statement());
        m.put("topic", blankToNull(c.topic()));
        m.put("about", c.about().stream().map(Ref::id).distinct().toList());
        m.put("event", c.event() == null ? null : c.event().id());
        m.put("discrepancy", graph.isDiscrepancy(c.id()));
        Map<String, Object> sources = new LinkedHashMap<>();
        for (Article a : graph.articles()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            var source = graph.source(c, a.id());
            entry.put("stance", graph.stance(c, a.id()).word());
            entry.put("quote", source.map(ClaimSource::quote).orElse(null));
            entry.put("value", source.map(ClaimSource::value).map(BriefingJson::blankToNull).orElse(null));
            sources.put(a.id(), entry);
        }
        m.put("sources", sources);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
