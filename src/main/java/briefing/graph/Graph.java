package briefing.graph;

import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.DiscrepancyKind;
import briefing.model.Event;
import briefing.model.ImageSize;
import briefing.model.Kind;
import briefing.model.Settings;
import briefing.model.Stance;
import briefing.model.StaticFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The resolved briefing: every item by id, every reference in both directions, the mentions of
 * actors in articles, the place of every quote, coverage and kinds of difference. Immutable; built
 * once by {@link GraphBuilder} and read by every page.
 */
public final class Graph {
    /** Sources in the order the site lists them: by publication (undated last), then by id. */
    public static final Comparator<Article> ARTICLE_ORDER = Comparator.comparing(Article::published,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Article::id);

    /** Events by date (undated last), then id: the order of the timeline. */
    public static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::date,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id);

    private final Content content;
    private final Map<String, Article> articles;
    private final Map<String, Actor> actors;
    private final Map<String, Event> events;
    private final Map<String, Claim> claims;
    private final Map<String, List<Mention>> mentionsByArticle;
    private final Map<String, List<Mention>> mentionsByActor;
    private final Map<String, List<QuoteSpan>> quotesByArticle;
    private final Map<String, List<Event>> eventsByActor;
    private final Map<String, List<Event>> relatedEvents;
    private final Map<String, List<Claim>> claimsByActor;
    private final Map<String, List<Claim>> claimsByEvent;
    private final Map<String, List<Claim>> claimsByArticle;
    private final Map<String, List<String>> citingArticles;
    private final Map<String, List<Actor>> affiliates;
    private final Map<String, List<Backlink>> backlinks;
    private final Map<String, Map<String, Integer>> coParticipants;
    private final List<Event> timeline;
    private final List<Article> articleOrder;
    private final Map<String, Integer> articlePositions;
    private final LocalDate updated;
    private final Discrepancies kinds;
    private final Map<String, String> labels;
    private final Map<String, StaticFile> files;
    private final Map<String, String> sortKeys;
    private final List<Claim> comparisonOrder;
    /** Each claim's sources in the site's order, made when first asked for (kept by the memo: see GraphMemo). */
    private final Map<String, List<ClaimSource>> sourcesInOrder;

    Graph(Content content, Map<String, Article> articles, Map<String, Actor> actors, Map<String, Event> events,
            Map<String, Claim> claims, Map<String, List<Mention>> mentionsByArticle,
            Map<String, List<Mention>> mentionsByActor, Map<String, List<QuoteSpan>> quotesByArticle,
            Map<String, List<Event>> eventsByActor, Map<String, List<Event>> relatedEvents,
            Map<String, List<Claim>> claimsByActor, Map<String, List<Claim>> claimsByEvent,
            Map<String, List<Claim>> claimsByArticle, Map<String, List<String>> citingArticles,
            Map<String, List<Actor>> affiliates, Map<String, List<Backlink>> backlinks,
            Map<String, Map<String, Integer>> coParticipants, List<Event> timeline,
            Discrepancies kinds, Map<String, String> labels, Map<String, StaticFile> files,
            Map<String, String> sortKeys, List<Claim> comparisonOrder, ArticleOrder articleOrder,
            Map<String, List<ClaimSource>> sourcesInOrder) {
        this.content = content;
        this.articles = articles;
        this.actors = actors;
        this.events = events;
        this.claims = claims;
        this.mentionsByArticle = mentionsByArticle;
        this.mentionsByActor = mentionsByActor;
        this.quotesByArticle = quotesByArticle;
        this.eventsByActor = eventsByActor;
        this.relatedEvents = relatedEvents;
        this.claimsByActor = claimsByActor;
        this.claimsByEvent = claimsByEvent;
        this.claimsByArticle = claimsByArticle;
        this.citingArticles = citingArticles;
        this.affiliates = affiliates;
        this.backlinks = backlinks;
        this.coParticipants = coParticipants;
        this.timeline = timeline;
        this.kinds = kinds;
        this.labels = labels;
        this.files = files;
        this.sortKeys = sortKeys;
        this.comparisonOrder = comparisonOrder;
        this.articleOrder = articleOrder.order();
        this.articlePositions = articleOrder.positions();
        this.sourcesInOrder = sourcesInOrder;
        this.updated = content.settings() != null && content.settings().updated() != null
                ? content.settings().updated() : newestDate(content);
    }

    /** The newest day the content names: an article's publication or an event's start; null when none. */
    private static LocalDate newestDate(Content content) {
        LocalDate newest = null;
        for (Article a : content.articles()) {
            if (a.published() != null && (newest == null || a.published().date().isAfter(newest))) {
                newest = a.published().date();
            }
        }
        for (Event e : content.events()) {
            LocalDate day = e.date() == null ? null : e.date().start().first();
            if (day != null && (newest == null || day.isAfter(newest))) {
                newest = day;
            }
        }
        return newest;
    }

    public Settings settings() {
        return content.settings();
    }

    public Content content() {
        return content;
    }

    /** Articles, actors, events and claims, each in id order. */
    public List<Article> articles() {
        return content.articles();
    }

    public List<Actor> actors() {
        return content.actors();
    }

    public List<Event> events() {
        return content.events();
    }

    public List<Claim> claims() {
        return content.claims();
    }

    /** The files of {@code static/}, sorted by path. */
    public List<StaticFile> staticFiles() {
        return content.files();
    }

    /** A picture's size, by its path in {@code static/}; null when it is not a file or its size is unknown. */
    public ImageSize imageSize(String path) {
        StaticFile file = files.get(path);
        return file == null ? null : file.size();
    }

    /**
     * The claims in the comparison's order: by topic as {@code index.md} lists them under
     * {@code topics}, then the other topics sorted, then the claims without one; within a topic, by id.
     */
    public List<Claim> comparisonOrder() {
        return comparisonOrder;
    }

    public Optional<Article> findArticle(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    public Optional<Actor> findActor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Optional<Event> findEvent(String id) {
        return Optional.ofNullable(events.get(id));
    }

    public Optional<Claim> findClaim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    public Article requireArticle(String id) {
        return require(articles, Kind.ARTICLE, id);
    }

    public Actor requireActor(String id) {
        return require(actors, Kind.ACTOR, id);
    }

    public Event requireEvent(String id) {
        return require(events, Kind.EVENT, id);
    }

    public Claim requireClaim(String id) {
        return require(claims, Kind.CLAIM, id);
    }

    private static <T> T require(Map<String, T> map, Kind kind, String id) {
        T item = map.get(id);
        if (item == null) {
            throw new NoSuchElementException("no " + kind.prefix() + " with id '" + id + "'");
        }
        return item;
    }

    /** How many items of a kind there are. */
    public int count(Kind kind) {
        return switch (kind) {
            case ARTICLE -> articles.size();
            case ACTOR -> actors.size();
            case EVENT -> events.size();
            case CLAIM -> claims.size();
        };
    }

    /** The display title of any item, for links; null when there is no such item. */
    public String findTitle(Kind kind, String id) {
        return switch (kind) {
            case ARTICLE -> findArticle(id).map(Article::title).orElse(null);
            case ACTOR -> findActor(id).map(Actor::name).orElse(null);
            case EVENT -> findEvent(id).map(Event::title).orElse(null);
            case CLAIM -> findClaim(id).map(Claim::statement).orElse(null);
        };
    }

    /** The actors named in an article, in text order. */
    public List<Mention> mentionsIn(String articleId) {
        return mentionsByArticle.getOrDefault(articleId, List.of());
    }

    /** Every place an actor is named, by article id then position. */
    public List<Mention> mentionsOf(String actorId) {
        return mentionsByActor.getOrDefault(actorId, List.of());
    }

    /** The quotes found in an article, by position. */
    public List<QuoteSpan> quotesIn(String articleId) {
        return quotesByArticle.getOrDefault(articleId, List.of());
    }

    /** The events an actor takes part in, by date. */
    public List<Event> eventsOf(String actorId) {
        return eventsByActor.getOrDefault(actorId, List.of());
    }

    /** Related events, whichever side named the relation, by date. */
    public List<Event> relatedTo(String eventId) {
        return relatedEvents.getOrDefault(eventId, List.of());
    }

    public List<Claim> claimsAbout(String actorId) {
        return claimsByActor.getOrDefault(actorId, List.of());
    }

    public List<Claim> claimsOfEvent(String eventId) {
        return claimsByEvent.getOrDefault(eventId, List.of());
    }

    /** The claims an article takes a stance on. */
    public List<Claim> claimsIn(String articleId) {
        return claimsByArticle.getOrDefault(articleId, List.of());
    }

    /** The ids of the articles that cite an actor as their source of information, in the articles' order. */
    public List<String> citing(String actorId) {
        return citingArticles.getOrDefault(actorId, List.of());
    }

    /** Actors whose affiliation is this actor. */
    public List<Actor> affiliatesOf(String actorId) {
        return affiliates.getOrDefault(actorId, List.of());
    }

    /** Items whose Markdown body links to this one, in kind then id order. */
    public List<Backlink> linksTo(Kind kind, String id) {
        return backlinks.getOrDefault(kind.prefix() + ":" + id, List.of());
    }

    /** For an actor: the other actors that take part in the same events, with how many events they share. */
    public Map<String, Integer> coParticipants(String actorId) {
        return coParticipants.getOrDefault(actorId, Map.of());
    }

    /** How an article treats a claim: its source entry, or empty when it is silent. */
    public Optional<ClaimSource> source(Claim claim, String articleId) {
        return claim.source(articleId);
    }

    public Stance stance(Claim claim, String articleId) {
        return claim.stance(articleId);
    }

    /**
     * The kind of discrepancy the sources of a claim show, strongest first: {@code CONFLICT} when one
     * source reports or attributes the claim and another disputes it; else {@code DETAIL} when the
     * sources' values differ (compared as quotes are: white space, typographic quotes and dashes aside); {@code SPELLING} when they differ
     * only in letter case, accents, hyphens, spaces or punctuation; else {@code NONE}. Null for no
     * such claim.
     */
    public DiscrepancyKind computedKind(String claimId) {
        return kinds.computed().get(claimId);
    }

    /**
     * The kind of discrepancy to show for a claim: the editor's {@code discrepancy} when given and no
     * stronger than {@link #computedKind}, else the computed kind. Null for no such claim.
     */
    public DiscrepancyKind kind(String claimId) {
        return kinds.chosen().get(claimId);
    }

    /**
     * A claim's independent origins, sorted: for each source that reports or attributes it, the actor
     * ids of its {@code via}, or without {@code via} the source's own article id. Sources that dispute
     * or differ are not counted.
     */
    public List<String> origins(String claimId) {
        return kinds.origins().getOrDefault(claimId, List.of());
    }

    /** The actor ids a source names in the {@code via} of any claim, sorted: the origins it relies on. */
    public List<String> viaOf(String articleId) {
        return kinds.via().getOrDefault(articleId, List.of());
    }

    /**
     * The short name of a source in headings, lists and cells: its {@code label} if given, else its
     * {@code outlet}, else its title cut at a word boundary to about 40 characters with "…" where it
     * was cut. Null for no such article.
     */
    public String label(String articleId) {
        return labels.get(articleId);
    }

    /**
     * Where an actor sorts in lists of actors: a key made from its {@code sort_as}, else its name, by the
     * collation of the briefing's {@code language}; keys compare as text ({@link String#compareTo}), and
     * actors whose keys are equal sort by id. Null for no such actor.
     */
    public String sortKey(String actorId) {
        return sortKeys.get(actorId);
    }

    /** Every event, by date, then id. */
    public List<Event> timeline() {
        return timeline;
    }

    /** The sources in the order the site lists them ({@link #ARTICLE_ORDER}). */
    public List<Article> articleOrder() {
        return articleOrder;
    }

    /** Where an article stands in {@link #articleOrder()}, from 0; -1 for no such article. */
    public int articlePosition(String articleId) {
        return articlePositions.getOrDefault(articleId, -1);
    }

    /** A claim's sources in the order the site lists sources ({@link #ARTICLE_ORDER}); null for no such claim. */
    public List<ClaimSource> sourcesInOrder(String claimId) {
        Claim claim = claims.get(claimId);
        if (claim == null) {
            return null;
        }
        return sourcesInOrder.computeIfAbsent(claimId, id -> {
            List<ClaimSource> sources = new ArrayList<>(claim.sources());
            sources.sort(Comparator.comparingInt(s -> articlePosition(s.article())));
            return Collections.unmodifiableList(sources);
        });
    }

    /**
     * When the briefing was last updated: the index's {@code updated} if given, else the newest
     * article publication or event start; null when there is none.
     */
    public LocalDate updated() {
        return updated;
    }

    /** How each article that names an actor names it, in article id order. */
    public List<NameUse> nameUsesOf(String actorId) {
        List<NameUse> uses = new ArrayList<>();
        List<Mention> mentions = mentionsOf(actorId);
        // Mentions of an actor come by article id, then position: each article's run is one use.
        int from = 0;
        for (int i = 1; i <= mentions.size(); i++) {
            if (i == mentions.size() || !mentions.get(i).article().equals(mentions.get(from).article())) {
                uses.add(NameUse.of(mentions.subList(from, i)));
                from = i;
            }
        }
        return uses;
    }

    /** How completely the claims are sourced, and how many claims differ, by kind. */
    public Coverage coverage() {
        List<Claim> all = content.claims();
        long cells = (long) all.size() * content.articles().size();
        long filled = all.stream().mapToLong(c -> c.sources().size()).sum();
        long single = all.stream().filter(c -> c.sources().size() == 1).count();
        Map<DiscrepancyKind, Long> kinds = new EnumMap<>(DiscrepancyKind.class);
        for (Claim c : all) {
            kinds.merge(kind(c.id()), 1L, Long::sum);
        }
        return new Coverage(cells, filled, single, kinds.getOrDefault(DiscrepancyKind.CONFLICT, 0L),
                kinds.getOrDefault(DiscrepancyKind.DETAIL, 0L), kinds.getOrDefault(DiscrepancyKind.SPELLING, 0L));
    }
}
