package briefing.render;

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

/**
 * schema.org descriptions of pages, as JSON-LD: NewsArticle for sources, Person, Organization or
 * Country for actors, Event for events, Claim with its appearances for claims. The JSON escapes
 * {@code <}, {@code >} and {@code &}, so no string from content can close the script element.
 */
final class JsonLd {
    private JsonLd() {
    }

    static String of(TrackedGraph graph, Route route, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        String self = baseUrl.isEmpty() ? null : baseUrl + route.path();
        if (route.kind() == null) {
            boolean front = route.path().equals("index.html");
            m.put("@type", front ? "WebSite" : "WebPage");
            m.put("name", front ? graph.settings().title() : route.path());
            if (front && !graph.settings().subtitle().isEmpty()) {
                m.put("description", graph.settings().subtitle());
            }
        } else {
            switch (route.kind()) {
                case ARTICLE -> article(m, graph.article(route.id()));
                case ACTOR -> actor(m, graph.actor(route.id()));
                case EVENT -> event(m, graph, graph.event(route.id()));
                case CLAIM -> claim(m, graph, graph.claim(route.id()), baseUrl);
            }
        }
        putIf(m, "url", self);
        m.put("inLanguage", graph.settings().language());
        return Json.of(m);
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
        m.put("startDate", e.date().start().iso());
        if (e.date().isRange()) {
            m.put("endDate", e.date().end().iso());
        }
        if (!e.place().isEmpty()) {
            m.put("location", object("@type", "Place", "name", e.place()));
        }
        List<Object> attendees = new ArrayList<>();
        for (Ref r : e.participants()) {
            Actor a = graph.actor(r.id());
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
            Input.Card a = graph.card(s.article());
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
