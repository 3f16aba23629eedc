package briefing.render;

import briefing.graph.Graph;
import briefing.model.Article;
import briefing.model.Event;
import briefing.model.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The files that help other sites and machines find the briefing: robots.txt always; with a
 * {@code base_url}, sitemap.xml and an Atom feed of the sources and events. All deterministic:
 * dates come from the content, never from the clock.
 */
final class Discovery {
    private Discovery() {
    }

    /** Lets every robot in; with a {@code base_url}, names the sitemap. */
    static String robots(String base) {
        return "User-agent: *\nAllow: /\n" + (base.isEmpty() ? "" : "Sitemap: " + base + "sitemap.xml\n");
    }

    /** Every page but the 404 page, at {@code base}. */
    static String sitemap(String base, List<Route> routes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        routes.stream().filter(r -> r.page() != PageKind.NOT_FOUND).map(Route::path).sorted()
                .forEach(p -> xml.append("  <url><loc>").append(Xml.text(base + p)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    private record Entry(String id, String title, String link, String updated, String summary) {
    }

    /** An Atom feed of the sources and events, newest first, at {@code base}. */
    static String feed(Graph graph, String base, Words words) {
        LocalDate updated = graph.updated();
        List<Entry> entries = new ArrayList<>();
        for (Article a : graph.articles()) {
            String day = a.published() == null ? null : a.published().date().toString();
            entries.add(new Entry(base + Kind.ARTICLE.route(a.id()), a.title(), base + Kind.ARTICLE.route(a.id()),
                    day, a.outlet().isEmpty() ? words.text("feed.sourceUnknown") : words.format("feed.source", a.outlet())));
        }
        for (Event e : graph.events()) {
            entries.add(new Entry(base + Kind.EVENT.route(e.id()), e.title(), base + Kind.EVENT.route(e.id()),
                    e.date().start().first().toString(), words.format("feed.event", words.date(e.date()))));
        }
        String fallback = updated == null ? "1970-01-01" : updated.toString();
        entries.sort((x, y) -> {
            int c = (y.updated() == null ? fallback : y.updated()).compareTo(x.updated() == null ? fallback
                    : x.updated());
            return c != 0 ? c : x.id().compareTo(y.id());
        });
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <title>").append(Xml.text(graph.settings().title())).append("</title>\n");
        xml.append("  <id>").append(Xml.text(base)).append("</id>\n");
        xml.append("  <link href=\"").append(Xml.text(base)).append("\"/>\n");
        xml.append("  <link rel=\"self\" href=\"").append(Xml.text(base + "feed.xml")).append("\"/>\n");
        xml.append("  <updated>").append(fallback).append("T00:00:00Z</updated>\n");
        xml.append("  <author><name>").append(Xml.text(graph.settings().title())).append("</name></author>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n    <title>").append(Xml.text(e.title())).append("</title>\n");
            xml.append("    <id>").append(Xml.text(e.id())).append("</id>\n");
            xml.append("    <link href=\"").append(Xml.text(e.link())).append("\"/>\n");
            xml.append("    <updated>").append(e.updated() == null ? fallback : e.updated())
                    .append("T00:00:00Z</updated>\n");
            xml.append("    <summary>").append(Xml.text(e.summary())).append("</summary>\n  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
