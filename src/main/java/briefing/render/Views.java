package briefing.render;

import java.util.List;
import java.util.Map;

/**
 * The plain records templates receive. Every link in them is already relative to the page being
 * rendered; every HTML string (fields ending in {@code Html}) is already safe to output as is.
 * Templates can read every component by name ({@code ${actor.name}}).
 */
public final class Views {
    private Views() {
    }

    /** A link to a page of the site (or an anchor on one). */
    public record Link(String href, String text) {
    }

    /** The site as a whole, the same on every page. */
    public record Site(String title, String subtitle, String language, String updated, String updatedIso,
            String baseUrl, Map<String, Object> extra) {
    }

    /** What every page has: its title, description, way to the root, breadcrumbs and navigation. */
    public record Page(String kind, String title, String description, String root, String route, String canonical,
            List<Link> breadcrumbs, List<NavItem> nav, String jsonLd, Parts parts) {
    }

    /**
     * Where a page stands among the parts of a list cut into parts: part {@code number} of {@code count},
     * showing items {@code first} to {@code last} (from 1); {@code previous} and {@code next} are null at the ends.
     */
    public record Parts(int number, int count, int first, int last, List<PartLink> links, String previous,
            String next) {
    }

    /** A link to one part of a list. */
    public record PartLink(String href, int number, boolean current) {
    }

    public record NavItem(String href, String text, boolean current) {
    }

    /**
     * How the sources of a claim differ, as a reader sees it: {@code kind} is {@code conflict},
     * {@code detail}, {@code spelling} or {@code none}; {@code label} says it in words; {@code note} is
     * the editor's reason when they overruled the computed kind ("" otherwise), and {@code computed}
     * the computed kind's label in that case.
     */
    public record Difference(String kind, String label, String note, String computed) {
        /** Whether the sources differ in substance: a conflict or differing details. */
        public boolean substantial() {
            return kind.equals("conflict") || kind.equals("detail");
        }
    }

    public record EventItem(Link link, String date, String dateIso, List<Link> participants, String place) {
    }

    /** A claim in a list, with how its sources differ. */
    public record ClaimItem(Link link, String topic, Difference difference) {
    }

    /** A source in a list: {@code link} names it by its label, {@code title} is the article's headline. */
    public record ArticleItem(Link link, String title, String published, String publishedIso, String dateline,
            int claims) {
    }

    public record ActorItem(Link link, String kind, String role, int mentions, int articles) {
    }

    public record ActorGroup(String kind, String heading, List<ActorItem> actors) {
    }

    // ---- actor page ----

    /** How one article names an actor: each spelling and how often. */
    public record NameUse(Link article, List<Spelling> spellings, int total) {
    }

    public record Spelling(String name, int count) {
    }

    /** A mention in context: the words before, the name, the words after, and a link to the spot. */
    public record MentionContext(Link article, String href, String before, String name, String after) {
    }

    /**
     * An article's mentions of an actor in context: the first few of them; {@code more} counts the others, and
     * {@code moreHref} points at the first of those on the source page (null when there are none).
     */
    public record MentionGroup(Link article, List<MentionContext> mentions, int more, String moreHref) {
    }

    public record CoActor(Link actor, int events) {
    }

    public record Actor(String id, String name, String kind, String kindLabel, String role, Link affiliation,
            List<String> aliases, String profileHtml, List<NameUse> names, List<EventItem> events,
            List<ClaimItem> claims, List<MentionGroup> mentions, List<Link> affiliates, List<Link> citedBy,
            List<CoActor> coActors, List<Link> linkedFrom, Map<String, Object> extra) {
    }

    // ---- event page ----

    /** A source's stance on a claim; {@code article} names the source by its label. */
    public record SourceStance(Link article, String stance, String label) {
    }

    /** A claim on an event page: how its sources differ, the sources that take a stance, how many are silent. */
    public record EventClaim(Link link, Difference difference, List<SourceStance> sources, int silentCount) {
    }

    public record Event(String id, String title, String date, String dateIso, boolean range, String dateNote,
            String place, List<Link> participants, List<EventItem> related, String bodyHtml,
            List<EventClaim> claims, List<Link> linkedFrom, Map<String, Object> extra) {
    }

    // ---- article page ----

    public record CoverageItem(Link claim, String value, String quoteHref, int number) {
    }

    public record CoverageGroup(String stance, String label, String meaning, List<CoverageItem> claims) {
    }

    /** An actor a source gives as where its information comes from, and on how many claims. */
    public record OriginUse(Link actor, int claims) {
    }

    /** Another source's treatment of a claim, beside this source's own; {@code source} names it by label. */
    public record OtherSource(Link source, String stance, String label, String value) {
    }

    /**
     * A claim on which the sources differ in substance, as one source sees it: its own stance and value,
     * and the other sources' ({@code more} of them not listed).
     */
    public record SourceDifference(Link claim, Difference difference, String stance, String label, String value,
            List<OtherSource> others, int more) {
    }

    /**
     * A source's page. {@code outlet} is "unknown" when not given; {@code label} is empty when it is the
     * outlet; {@code byline} is "By …" or empty. {@code onlyHere}: the claims no other source covers;
     * {@code differences}: the claims it covers on which the sources conflict or differ in detail;
     * {@code silent}: the claims others report and it does not mention.
     */
    public record Article(String id, String title, String outlet, String label, String byline, String published,
            String publishedIso, String dateline, String url, List<Link> cites, String notes, String textHtml,
            List<CoverageGroup> coverage, List<OriginUse> origins, List<Link> onlyHere,
            List<SourceDifference> differences, List<Link> silent, int silentCount, List<NameUse> actors,
            List<Link> linkedFrom, String sha256, Map<String, Object> extra) {
    }

    // ---- claim page ----

    /**
     * One source's quote on a claim: {@code article} names the source by its label, {@code title} is its
     * headline, {@code via} the actors it gives as where the claim comes from.
     */
    public record SourceQuote(Link article, String title, String published, String stance, String label,
            String value, String quote, String note, List<Link> via, String highlightHref, String originalHref) {
    }

    /**
     * A claim's page. {@code originsSummary} says in words how many sources carry the claim and from how
     * many independent origins ("4 sources, 2 independent origins"), {@code origins} names them.
     */
    public record Claim(String id, String statement, String topic, Difference difference, String originsSummary,
            List<Link> origins, String analysisHtml, List<Link> about, Link event, List<SourceQuote> sources,
            List<Link> silent, int silentCount, List<Link> linkedFrom, Map<String, Object> extra) {
    }

    // ---- comparison table ----

    /**
     * One source as a column: {@code label} is its short name ({@link briefing.graph.Query#LABEL}),
     * {@code anchor} the id of its entry in the list of side-by-side readings ("" when there is none).
     */
    public record Column(Link article, String label, String shortTitle, String published,
            Map<String, Integer> totals, String anchor) {
    }

    /**
     * One source's treatment of one claim; {@code source} links to the article. {@code via} names the
     * actors the source gives as where the claim comes from; {@code only} says it is the only source
     * that covers the claim.
     */
    public record Cell(String article, Link source, String stance, String label, String symbol, String value,
            String href, String quote, List<Link> via, boolean only) {
    }

    /**
     * One claim. In the matrix, a cell for every source; in the list (many sources), only the sources
     * that mention it, with {@code silentCount} for the rest. {@code singleOrigin} names the one
     * independent origin the claim rests on, or is null when it has none or several.
     */
    public record Row(Link claim, String id, Difference difference, List<Cell> cells, int silentCount,
            Link singleOrigin) {
    }

    public record TopicGroup(String topic, String anchor, List<Row> rows) {
    }

    public record StanceKey(String stance, String label, String symbol, String meaning) {
    }

    /** One kind of difference in the key: its word, its label and what it means. */
    public record KindKey(String kind, String label, String meaning) {
    }

    /** A filter of the comparison: the id its link targets, what it shows, and how many claims. */
    public record Filter(String anchor, String label, int count) {
    }

    /** One source and the pages that read it against each other source. */
    public record PairGroup(String anchor, String label, List<Link> others) {
    }

    /**
     * The comparison. With few sources ({@code matrix}) a table of claims × sources; with many, each
     * claim lists the sources that mention it, so the page grows with the material, not its square.
     * {@code pairs} is empty without the table.
     */
    public record Compare(boolean matrix, List<Column> columns, List<TopicGroup> topics, List<StanceKey> legend,
            List<KindKey> kinds, List<Filter> filters, List<PairGroup> pairs, int claims) {
    }

    /** One source's side of a claim on a side-by-side page; {@code stance} is {@code silent} if it does not cover it. */
    public record Side(String stance, String label, String symbol, String value, String quote, String href,
            List<Link> via) {
    }

    public record PairRow(Link claim, Difference difference, Side first, Side second) {
    }

    /**
     * Two sources side by side: every claim either covers, with both sources' stance, value and quote;
     * {@code both}, {@code onlyFirst} and {@code onlySecond} count who covers what.
     */
    public record Pair(Link first, Link second, List<PairRow> rows, int both, int onlyFirst, int onlySecond) {
    }

    // ---- search ----

    /** The search page: the lists a reader without JavaScript can browse instead. */
    public record Search(List<Link> lists) {
    }

    // ---- lists, timeline, front page ----

    /**
     * The timeline: every event in date order with how precisely its date is known and the gap
     * before it, and a day-by-day chart of the busiest stretch (null when there is none).
     */
    public record Timeline(List<EventItem> events, List<TimelineEntry> entries, DayChart chart) {
    }

    /** precision: {@code day}, {@code range}, {@code month} or {@code year}; gapBefore: empty or "8 years later". */
    public record TimelineEntry(EventItem item, String precision, String precisionLabel, String gapBefore) {
    }

    /** A grid of days; each bar spans grid columns {@code from} (inclusive) to {@code to} (exclusive), from 1. */
    public record DayChart(String caption, List<String> days, List<DayBar> bars) {
    }

    /** approximate: the date is less precise than a day, the bar shows the whole stretch it may fall in. */
    public record DayBar(Link link, String date, int from, int to, boolean approximate, boolean before,
            boolean after) {
    }

    public record ActorList(List<ActorGroup> groups) {
    }

    public record ArticleList(List<ArticleItem> articles) {
    }

    /**
     * One version of a claim on the front page: a value and the sources (by label) that give it, or, for
     * a conflict, a side ("Report or attribute it", "Dispute it") and its sources; {@code more} sources
     * are not listed.
     */
    public record Version(String value, String side, List<Link> sources, int more) {
    }

    /** A claim on which the sources differ, with its versions side by side ({@code more} not listed). */
    public record SideBySide(Link claim, String topic, Difference difference, List<Version> versions, int more) {
    }

    /** A claim that rests on one independent origin, that origin, and how many sources carry it from there. */
    public record SingleOrigin(Link claim, Link origin, int sources) {
    }

    /** How many claims are of one kind of difference, in words ("2 conflicts"). */
    public record KindCount(String kind, int count, String words) {
    }

    /**
     * The front page. Long lists are cut to the most telling items; {@code counts} says how many there are.
     * {@code differences} lists conflicts, then differing details; {@code kinds} counts the claims of each
     * kind of difference; {@code singleOrigin} the claims that rest on one origin.
     */
    public record Index(String overviewHtml, List<EventItem> timeline, List<ActorGroup> actors,
            List<ArticleItem> sources, List<SideBySide> differences, List<KindCount> kinds,
            List<SingleOrigin> singleOrigin, Map<String, Integer> counts, Network.View network) {
    }
}
