package briefing.render;

import briefing.graph.Backlink;
import briefing.graph.Mention;
import briefing.graph.QuoteSpan;
import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The graph as one page's model sees it: the only way views reach the graph, so that every read is
 * recorded as an {@link Input}. One per page, used by one thread.
 */
final class TrackedGraph {
    private final Inputs inputs;
    /** What was read, or null when nobody will ask (a build that keeps nothing for a next one). */
    private final Set<Input> read;

    private TrackedGraph(Inputs inputs, Set<Input> read) {
        this.inputs = inputs;
        this.read = read;
    }

    /** A graph that remembers what is read, for {@link #inputs()}: a rebuild compares them next time. */
    static TrackedGraph recording(Inputs inputs) {
        return new TrackedGraph(inputs, new HashSet<>());
    }

    /** A graph that only reads: nobody will ask what was read. */
    static TrackedGraph reading(Inputs inputs) {
        return new TrackedGraph(inputs, null);
    }

    /** Everything read so far. */
    Set<Input> inputs() {
        return read == null ? Set.of() : Set.copyOf(read);
    }

    private Object read(Input input) {
        note(input);
        return inputs.value(input);
    }

    private void note(Input input) {
        if (read != null) {
            read.add(input);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T read(Input.Query query, String id) {
        return (T) read(Input.of(query, id));
    }

    private <T> T require(Kind kind, Input.Query query, String id) {
        @SuppressWarnings("unchecked")
        T value = (T) read(Input.of(query, kind, id));
        if (value == null) {
            throw new NoSuchElementException("no " + kind.prefix() + " with id '" + id + "'");
        }
        return value;
    }

    Settings settings() {
        return (Settings) read(Input.of(Input.Query.SETTINGS));
    }

    Article article(String id) {
        return require(Kind.ARTICLE, Input.Query.ITEM, id);
    }

    Actor actor(String id) {
        return require(Kind.ACTOR, Input.Query.ITEM, id);
    }

    Event event(String id) {
        return require(Kind.EVENT, Input.Query.ITEM, id);
    }

    Claim claim(String id) {
        return require(Kind.CLAIM, Input.Query.ITEM, id);
    }

    /** The display title of any item, for links. */
    String titleOf(Kind kind, String id) {
        return require(kind, Input.Query.TITLE, id);
    }

    /** An article's front matter, without its text. */
    Input.Card card(String articleId) {
        return require(Kind.ARTICLE, Input.Query.CARD, articleId);
    }

    /** An article's plain text, in which mentions and quotes have their offsets. */
    String text(String articleId) {
        return require(Kind.ARTICLE, Input.Query.TEXT, articleId);
    }

    int count(Kind kind) {
        return (Integer) read(Input.of(Input.Query.COUNT, kind, ""));
    }

    /** Article ids, sources in the order they were published (undated last), then by id. */
    List<String> articleOrder() {
        return read(Input.Query.ARTICLE_ORDER, "");
    }

    /** Where an article stands in {@link #articleOrder()}. */
    int articlePosition(String articleId) {
        note(Input.of(Input.Query.ARTICLE_ORDER));
        return inputs.articlePositions().get(articleId);
    }

    /** Claim ids in id order. */
    List<String> claimOrder() {
        return read(Input.Query.CLAIM_ORDER, "");
    }

    /** A claim's number, from 1, in id order. */
    int claimNumber(String claimId) {
        note(Input.of(Input.Query.CLAIM_ORDER));
        return inputs.claimNumbers().get(claimId);
    }

    List<Actor> actors() {
        return read(Input.Query.ACTORS, "");
    }

    List<Claim> claims() {
        return read(Input.Query.CLAIMS, "");
    }

    /** Every event, by date, then id. */
    List<Event> timeline() {
        return read(Input.Query.TIMELINE, "");
    }

    List<Mention> mentionsIn(String articleId) {
        return read(Input.Query.MENTIONS_IN, articleId);
    }

    List<Mention> mentionsOf(String actorId) {
        return read(Input.Query.MENTIONS_OF, actorId);
    }

    List<QuoteSpan> quotesIn(String articleId) {
        return read(Input.Query.QUOTES_IN, articleId);
    }

    List<Event> eventsOf(String actorId) {
        return read(Input.Query.EVENTS_OF, actorId);
    }

    List<Event> relatedTo(String eventId) {
        return read(Input.Query.RELATED_TO, eventId);
    }

    List<Claim> claimsAbout(String actorId) {
        return read(Input.Query.CLAIMS_ABOUT, actorId);
    }

    List<Claim> claimsOfEvent(String eventId) {
        return read(Input.Query.CLAIMS_OF_EVENT, eventId);
    }

    List<Claim> claimsIn(String articleId) {
        return read(Input.Query.CLAIMS_IN, articleId);
    }

    /** The ids of the articles that cite an actor. */
    List<String> citing(String actorId) {
        return read(Input.Query.CITING, actorId);
    }

    /** The ids of the actors whose affiliation is this actor. */
    List<String> affiliatesOf(String actorId) {
        return read(Input.Query.AFFILIATES_OF, actorId);
    }

    List<Backlink> linksTo(Kind kind, String id) {
        @SuppressWarnings("unchecked")
        List<Backlink> links = (List<Backlink>) read(Input.of(Input.Query.LINKS_TO, kind, id));
        return links;
    }

    Map<String, Integer> coParticipants(String actorId) {
        return read(Input.Query.CO_PARTICIPANTS, actorId);
    }

    boolean isDiscrepancy(String claimId) {
        return (Boolean) read(Input.of(Input.Query.DISCREPANCY, claimId));
    }
}
