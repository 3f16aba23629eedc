package briefing.graph;

import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.DiscrepancyKind;
import briefing.model.Event;
import briefing.model.ImageSize;
import briefing.model.Kind;
import briefing.model.Settings;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One thing a page asks the graph, such as an actor's mentions or an article's title: the one list of
 * what pages may read. A query's value for a key (nothing, an id, or a kind and an id) is everything
 * the page learns from asking, so that the live preview can tell whether a page's inputs changed by
 * comparing values; the value of a missing item is null, so any graph can be asked about any key.
 *
 * <p>To show one more graph fact on a page: a method on {@link Graph} (where the fact needs one), a
 * constant here, and the view that reads it.
 *
 * @param <T> the type of the value
 */
public final class Query<T> {
    /** Reads a query's value from a graph; {@code kind} and {@code id} are those of the key, or null and "". */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Graph graph, Kind kind, String id);
    }

    // ---- the briefing as a whole ----

    /** The settings (index.md). */
    public static final Query<Settings> SETTINGS = whole("settings", Graph::settings);
    /** How many items of a kind there are. */
    public static final Query<Integer> COUNT = lookup("count", null, (g, kind, id) -> g.count(kind));
    /** Every actor's record, in id order. */
    public static final Query<List<Actor>> ACTORS = whole("actors", Graph::actors);
    /** Every claim's record, in id order. */
    public static final Query<List<Claim>> CLAIMS = whole("claims", Graph::claims);
    /** The claims in the comparison's order: by topic, then by id. */
    public static final Query<List<Claim>> COMPARISON_ORDER = whole("comparison order", Graph::comparisonOrder);
    /** Every event's record, by date, then id. */
    public static final Query<List<Event>> TIMELINE = whole("timeline", Graph::timeline);
    /** The ids of the articles in the order the site lists sources ({@link Graph#ARTICLE_ORDER}). */
    public static final Query<List<String>> ARTICLE_ORDER = made("article order", null,
            (g, kind, id) -> g.articleOrder().stream().map(Article::id).toList());
    /** The ids of the claims, in id order: claim numbers follow it. */
    public static final Query<List<String>> CLAIM_ORDER = made("claim order", null,
            (g, kind, id) -> g.claims().stream().map(Claim::id).toList());

    // ---- one item ----

    public static final Query<Article> ARTICLE = byId("article", Kind.ARTICLE, (g, id) -> g.findArticle(id).orElse(null));
    public static final Query<Actor> ACTOR = byId("actor", Kind.ACTOR, (g, id) -> g.findActor(id).orElse(null));
    public static final Query<Event> EVENT = byId("event", Kind.EVENT, (g, id) -> g.findEvent(id).orElse(null));
    public static final Query<Claim> CLAIM = byId("claim", Kind.CLAIM, (g, id) -> g.findClaim(id).orElse(null));
    /** Any item's title, as links show it; asked with the item's kind. */
    public static final Query<String> TITLE = lookup("title", null, Graph::findTitle);
    /** An article's front matter as lists show it, without its text. */
    public static final Query<ArticleCard> CARD = made("card", Kind.ARTICLE,
            (g, kind, id) -> g.findArticle(id).map(ArticleCard::of).orElse(null));
    /** An article's plain text, in which mentions and quotes have their offsets. */
    public static final Query<String> TEXT = byId("text", Kind.ARTICLE,
            (g, id) -> g.findArticle(id).map(a -> a.body().text().text()).orElse(null));

    // ---- what the graph derives, by item ----

    public static final Query<List<Mention>> MENTIONS_IN = byId("mentions in", null, Graph::mentionsIn);
    public static final Query<List<Mention>> MENTIONS_OF = byId("mentions of", null, Graph::mentionsOf);
    public static final Query<List<QuoteSpan>> QUOTES_IN = byId("quotes in", null, Graph::quotesIn);
    public static final Query<List<Event>> EVENTS_OF = byId("events of", null, Graph::eventsOf);
    public static final Query<List<Event>> RELATED_TO = byId("related to", null, Graph::relatedTo);
    public static final Query<List<Claim>> CLAIMS_ABOUT = byId("claims about", null, Graph::claimsAbout);
    public static final Query<List<Claim>> CLAIMS_OF_EVENT = byId("claims of event", null, Graph::claimsOfEvent);
    public static final Query<List<Claim>> CLAIMS_IN = byId("claims in", null, Graph::claimsIn);
    /** The ids of the articles that cite an actor. */
    public static final Query<List<String>> CITING = byId("citing", null, Graph::citing);
    /** The ids of the actors whose affiliation is an actor. */
    public static final Query<List<String>> AFFILIATES_OF = made("affiliates of", null,
            (g, kind, id) -> g.affiliatesOf(id).stream().map(Actor::id).toList());
    /** The items whose text links to an item; asked with the item's kind. */
    public static final Query<List<Backlink>> LINKS_TO = lookup("links to", null, Graph::linksTo);
    public static final Query<Map<String, Integer>> CO_PARTICIPANTS = byId("co-participants", null,
            Graph::coParticipants);
    /** Where an actor sorts in lists of actors ({@link Graph#sortKey}); by actor id. */
    public static final Query<String> SORT_KEY = byId("sort key", Kind.ACTOR, Graph::sortKey);
    /** A source's short name in headings, lists and cells ({@link Graph#label}); by article id. */
    public static final Query<String> LABEL = byId("label", Kind.ARTICLE, Graph::label);
    /** The kind of discrepancy shown for a claim, the editor's where valid ({@link Graph#kind}); by claim id. */
    public static final Query<DiscrepancyKind> KIND = byId("kind", Kind.CLAIM, Graph::kind);
    /** The kind of discrepancy the sources of a claim show ({@link Graph#computedKind}); by claim id. */
    public static final Query<DiscrepancyKind> COMPUTED_KIND = byId("computed kind", Kind.CLAIM,
            Graph::computedKind);
    /** A claim's sources in the order the site lists sources ({@link Graph#sourcesInOrder}); by claim id. */
    public static final Query<List<ClaimSource>> SOURCES_IN_ORDER = made("sources in order", Kind.CLAIM,
            (g, kind, id) -> g.sourcesInOrder(id));
    /** A claim's independent origins, actor or article ids, sorted ({@link Graph#origins}); by claim id. */
    public static final Query<List<String>> ORIGINS = byId("origins", Kind.CLAIM,
            (g, id) -> g.findClaim(id).isPresent() ? g.origins(id) : null);

    /** A picture's size in pixels, by its path in {@code static/}; null when not known. */
    public static final Query<ImageSize> IMAGE_SIZE = byId("image size", null, Graph::imageSize);

    private final String name;
    private final Kind itemKind;
    private final boolean lookup;
    private final Reader<T> reader;

    private Query(String name, Kind itemKind, boolean lookup, Reader<T> reader) {
        this.name = name;
        this.itemKind = itemKind;
        this.lookup = lookup;
        this.reader = reader;
    }

    private static <T> Query<T> whole(String name, Function<Graph, T> read) {
        return new Query<>(name, null, true, (g, kind, id) -> read.apply(g));
    }

    private static <T> Query<T> byId(String name, Kind itemKind, BiFunction<Graph, String, T> read) {
        return new Query<>(name, itemKind, true, (g, kind, id) -> read.apply(g, id));
    }

    private static <T> Query<T> lookup(String name, Kind itemKind, Reader<T> read) {
        return new Query<>(name, itemKind, true, read);
    }

    /** A value made anew at each asking (a list mapped or sorted), so one worth keeping once made. */
    private static <T> Query<T> made(String name, Kind itemKind, Reader<T> read) {
        return new Query<>(name, itemKind, false, read);
    }

    /** The value for a key in {@code graph}; null when the item it names does not exist. */
    public T valueIn(Graph graph, Kind kind, String id) {
        return reader.read(graph, kind, id);
    }

    /**
     * Whether the value is only a lookup in the graph, no dearer than finding it among kept values
     * (the others are made: a list sorted, copied or mapped).
     */
    public boolean isLookup() {
        return lookup;
    }

    /** For a query of one item (an article, its text, ...): the item's kind; else null. */
    public Kind itemKind() {
        return itemKind;
    }

    @Override
    public String toString() {
        return name;
    }
}
