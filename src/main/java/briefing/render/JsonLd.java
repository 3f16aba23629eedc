package briefing.render;

import briefing.graph.ArticleCard;
import briefing.graph.Query;
import briefing.model.Actor;
import briefing.model.ActorKind;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * schema.org descriptions of pages, as JSON-LD: NewsArticle for sources, Person, Organization or
 * Country for actors, Event for events, Claim with its appearances for claims. The JSON escapes
 * {@code <}, {@code >} and {@code &}, so no string from content can close the script element.
 */
final class JsonLd {
    private JsonLd() {
    }

    /** The page's description: {@code describe} puts what is particular to its kind. */
    static <T> String of(PageKind.Context<T> page, BiConsumer<Map<String, Object>, PageKind.Context<T>> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        String baseUrl = page.site().baseUrl();
        describe.accept(m, page);
        putIf(m, "url", baseUrl.isEmpty() ? null : baseUrl + page.route().path());
        m.put("inLanguage", page.graph().get(Query.SETTINGS).language());
        return Json.of(m);
    }

    /** A page of its own: the front page is the WebSite, any other a WebPage. */
    static void page(Map<String, Object> m, PageKind.Context<Void> page) {
        boolean front = page.route().path().equals("index.html");
        m.put("@type", front ? "WebSite" : "WebPage");
        m.put("name", front ? page.graph().get(Query.SETTINGS).title() : page.route().path());
        if (front && !page.graph().get(Query.SETTINGS).subtitle().isEmpty()) {
            m.put("description", page.graph().get(Query.SETTINGS).subtitle());
        }
    }

    static void article(Map<String, Object> m, PageKind.Context<Article> page) {
        article(m, page.item());
    }

    static void actor(Map<String, Object> m, PageKind.Context<Actor> page) {
        actor(m, page.item());
    }

    static void event(Map<String, Object> m, PageKind.Context<Event> page) {
        event(m, page.graph(), page.item());
    }

    static void claim(Map<String, Object> m, PageKind.Context<Claim> page) {
        claim(m, page.graph(), page.item(), page.site().baseUrl());
    }

    private static void article(Map<String, Object> m, Article a) {
        m.put("@type", "NewsArticle");
        m.put("headline", a.title());
        if (a.published() != null) {
            m.put("datePublished", a.published().raw().strip());
        }
        if (!a.outlet().isEmpty()) {
            m.put("publisher", object("@type", "Organization", "name", a.outlet()));
        }
        if (!a.authors().isEmpty()) {
            m.put("author", a.authors().stream().map(name -> object("@type", "Person", "name", name)).toList());
        }
        putIf(m, "dateline", a.dateline());
        putIf(m, "isBasedOn", a.url());
    }

    private static void actor(Map<String, Object> m, Actor a) {
        m.put("@type", type(a.kind()));
        m.put("name", a.name());
        if (!a.aliases().isEmpty()) {
            m.put("alternateName", a.aliases());
        }
        if (a.kind() == ActorKind.PERSON) {
            putIf(m, "jobTitle", a.role());
        } else {
            putIf(m, "description", a.role());
        }
    }

    private static String type(ActorKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case STATE -> "Country";
        };
    }

    private static void event(Map<String, Object> m, TrackedGraph graph, Event e) {
        m.put("@type", "Event");
        m.put("name", e.title());
        m.put("startDate", e.date().iso());
        if (e.date().isRange()) {
            m.put("endDate", e.date().end().iso());
        }
        if (!e.place().isEmpty()) {
            m.put("location", object("@type", "Place", "name", e.place()));
        }
        List<Object> attendees = new ArrayList<>();
        for (Ref r : e.participants()) {
            Actor a = graph.require(Query.ACTOR, r.id());
            attendees.add(object("@type", type(a.kind()), "name", a.name()));
        }
        if (!attendees.isEmpty()) {
            m.put("attendee", attendees);
        }
    }

    private static void claim(Map<String, Object> m, TrackedGraph graph, Claim c, String baseUrl) {
        m.put("@type", "Claim");
        m.put("text", c.statement());
        List<Object> appearances = new ArrayList<>();
        for (ClaimSource s : c.sources()) {
            ArticleCard a = graph.require(Query.CARD, s.article());
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "NewsArticle");
            work.put("headline", a.title());
            putIf(work, "url", a.url().isEmpty() && !baseUrl.isEmpty() ? baseUrl + Kind.ARTICLE.route(a.id())
                    : a.url());
            work.put("text", s.quote());
            appearances.add(work);
        }
        m.put("appearance", appearances);
    }

    /** A JSON object whose keys keep the order given: Map.of's order changes from run to run. */
    private static Map<String, Object> object(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }
}
