package briefing.render;

import briefing.graph.Graph;
import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Kind;
import briefing.model.Published;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing a page's model reads from the graph, such as an actor's mentions or an article's title.
 * Its {@link #valueIn value} is everything the page can learn from the read: a page whose inputs all
 * have equal values in two graphs has equal models in both.
 *
 * @param kind the item's kind, for reads that need one, else null
 * @param id   the item's id, or "" for reads about the whole briefing
 */
record Input(Query query, Kind kind, String id) {

    /** What is read. Values of missing items are null, so that any graph can be asked about any input. */
    enum Query {
        /** The settings (index.md). */
        SETTINGS,
        /** A whole item's record. */
        ITEM,
        /** An item's title, as links show it. */
        TITLE,
        /** An article's front matter as lists show it ({@link Card}). */
        CARD,
        /** An article's plain text. */
        TEXT,
        /** How many items of a kind there are. */
        COUNT,
        /** The ids of the articles in the order the site lists sources. */
        ARTICLE_ORDER,
        /** The ids of the claims, in id order (claim numbers follow it). */
        CLAIM_ORDER,
        /** Every actor's record, in id order. */
        ACTORS,
        /** Every claim's record, in id order. */
        CLAIMS,
        /** Every event's record, in date order. */
        TIMELINE,
        MENTIONS_IN,
        MENTIONS_OF,
        QUOTES_IN,
        EVENTS_OF,
        RELATED_TO,
        CLAIMS_ABOUT,
        CLAIMS_OF_EVENT,
        CLAIMS_IN,
        /** The ids of the articles citing an actor. */
        CITING,
        /** The ids of the actors affiliated to an actor. */
        AFFILIATES_OF,
        LINKS_TO,
        CO_PARTICIPANTS,
        DISCREPANCY;

        /**
         * Whether the value is only a lookup in the graph, no dearer than finding it among kept values
         * (the others are made: a list sorted, copied or mapped).
         */
        boolean isLookup() {
            return this != CARD && this != ARTICLE_ORDER && this != CLAIM_ORDER && this != CITING
                    && this != AFFILIATES_OF;
        }
    }

    /** An article as lists and links to it show it: its front matter, without its text. */
    record Card(String id, String title, String outlet, Published published, String dateline, String url) {
        static Card of(Article a) {
            return new Card(a.id(), a.title(), a.outlet(), a.published(), a.dateline(), a.url());
        }
    }

    static Input of(Query query) {
        return new Input(query, null, "");
    }

    static Input of(Query query, String id) {
        return new Input(query, null, id);
    }

    static Input of(Query query, Kind kind, String id) {
        return new Input(query, kind, id);
    }

    /** This input's value in {@code graph}; null when the item it names does not exist. */
    Object valueIn(Graph graph) {
        return switch (query) {
            case SETTINGS -> graph.settings();
            case ITEM -> switch (kind) {
                case ARTICLE -> graph.findArticle(id).orElse(null);
                case ACTOR -> graph.findActor(id).orElse(null);
                case EVENT -> graph.findEvent(id).orElse(null);
                case CLAIM -> graph.findClaim(id).orElse(null);
            };
            case TITLE -> switch (kind) {
                case ARTICLE -> graph.findArticle(id).map(Article::title).orElse(null);
                case ACTOR -> graph.findActor(id).map(Actor::name).orElse(null);
                case EVENT -> graph.findEvent(id).map(e -> e.title()).orElse(null);
                case CLAIM -> graph.findClaim(id).map(c -> c.statement()).orElse(null);
            };
            case CARD -> graph.findArticle(id).map(Card::of).orElse(null);
            case TEXT -> graph.findArticle(id).map(a -> a.body().text().text()).orElse(null);
            case COUNT -> switch (kind) {
                case ARTICLE -> graph.articles().size();
                case ACTOR -> graph.actors().size();
                case EVENT -> graph.events().size();
                case CLAIM -> graph.claims().size();
            };
            case ARTICLE_ORDER -> {
                List<Article> order = new ArrayList<>(graph.articles());
                order.sort(ViewBuilder.ARTICLE_ORDER);
                yield order.stream().map(Article::id).toList();
            }
            case CLAIM_ORDER -> graph.claims().stream().map(c -> c.id()).toList();
            case ACTORS -> graph.actors();
            case CLAIMS -> graph.claims();
            case TIMELINE -> graph.timeline();
            case MENTIONS_IN -> graph.mentionsIn(id);
            case MENTIONS_OF -> graph.mentionsOf(id);
            case QUOTES_IN -> graph.quotesIn(id);
            case EVENTS_OF -> graph.eventsOf(id);
            case RELATED_TO -> graph.relatedTo(id);
            case CLAIMS_ABOUT -> graph.claimsAbout(id);
            case CLAIMS_OF_EVENT -> graph.claimsOfEvent(id);
            case CLAIMS_IN -> graph.claimsIn(id);
            case CITING -> graph.citing(id).stream().map(Article::id).toList();
            case AFFILIATES_OF -> graph.affiliatesOf(id).stream().map(Actor::id).toList();
            case LINKS_TO -> graph.linksTo(kind, id);
            case CO_PARTICIPANTS -> graph.coParticipants(id);
            case DISCREPANCY -> graph.isDiscrepancy(id);
        };
    }
}
