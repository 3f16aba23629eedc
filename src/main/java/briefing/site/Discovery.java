package briefing.site;

import briefing.graph.Graph;
import briefing.model.Article;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.render.Route;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files that help other sites and machines find the briefing: robots.txt always; with a
 * {@code base_url}, sitemap.xml and an Atom feed of the sources and events. All deterministic:
 * dates come from the content, never from the clock.
 */
final class Discovery {
    private Discovery() {
    }

    static Map<String, String> files(Graph graph, List<Route> routes, LocalDate updated) {
        Map<String, String> files = new TreeMap<>();
        String base = graph.settings().baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!base.isEmpty()) {
            robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
            files.put("sitemap.xml", sitemap(base, routes));
            files.put("feed.xml", feed(graph, base, updated));
        }
        files.put("robots.txt", robots.toString());
        return files;
    }

    private static String sitemap(String base, List<Route> routes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        routes.stream().map(Route::path).filter(p -> !p.equals("404.html")).sorted()
                .forEach(p -> xml.append("  <url><loc>").append(escape(base + p)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    private record Entry(String id, String title, String link, String updated, String summary) {
    }

    private static String feed(Graph graph, String base, LocalDate updated) {
        List<Entry> entries = new ArrayList<>();
        for (Article a : graph.articles()) {
            String day = a.published() == null ? null : a.published().date().toString();
            entries.add(new Entry(base + Kind.ARTICLE.route(a.id()), a.title(), base + Kind.ARTICLE.route(a.id()),
                    day, a.outlet().isEmpty() ? "Source, outlet unknown" : "Source: " + a.outlet()));
        }
        for (Event e : graph.events()) {
            entries.add(new Entry(base + Kind.EVENT.route(e.id()), e.title(), base + Kind.EVENT.route(e.id()),
                    e.date().start().first().toString(), "Event, " + e.date().display()));
        }
        String fallback = updated == null ? "1970-01-01" : updated.toString();
        entries.sort((x, y) -> {
            int c = (y.updated() == null ? fallback : y.updated()).compareTo(x.updated() == null ? fallback
                    : x.updated());
            return c != 0 ? c : x.id().compareTo(y.id());
        });
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <title>").append(escape(graph.settings().title())).append("</title>\n");
        xml.append("  <id>").append(escape(base)).append("</id>\n");
        xml.append("  <link href=\"").append(escape(base)).append("\"/>\n");
        xml.append("  <link rel=\"self\" href=\"").append(escape(base + "feed.xml")).append("\"/>\n");
        xml.append("  <updated>").append(fallback).append("T00:00:00Z</updated>\n");
        xml.append("  <author><name>").append(escape(graph.settings().title())).append("</name></author>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n    <title>").append(escape(e.title())).append("</title>\n");
            xml.append("    <id>").append(escape(e.id())).append("</id>\n");
            xml.append("    <link href=\"").append(escape(e.link())).append("\"/>\n");
            xml.append("    <updated>").append(e.updated() == null ? fallback : e.updated()).append("T00:00:00Z</updated>\n");
            xml.append("    <summary>").append(escape(e.summary())).append("</summary>\n  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if ((c >= 0x20 || c == '\n' || c == '\t') && !briefing.model.BidiControls.is(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
