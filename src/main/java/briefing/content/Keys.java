package briefing.content;

import briefing.model.Suggest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keys one kind of file takes, and what a key it does not take most likely meant: the key of
 * another kind of file, a common other word for one of its own keys ({@code date} for an article's
 * {@code published}), or a misspelling. So nothing an editor typed is dropped without a word.
 *
 * @param what     the kind of file, as a message names it ("an article")
 * @param known    the keys it takes
 * @param synonyms other words editors use, each with the key meant
 */
record Keys(String what, Set<String> known, Map<String, String> synonyms) {

    static final Keys INDEX = new Keys("index.md", Set.of("title", "subtitle", "language", "base_url", "updated"),
            Map.ofEntries(Map.entry("lang", "language"), Map.entry("locale", "language"),
                    Map.entry("url", "base_url"), Map.entry("baseurl", "base_url"), Map.entry("base-url", "base_url"),
                    Map.entry("description", "subtitle"), Map.entry("date", "updated"),
                    Map.entry("last_updated", "updated"), Map.entry("name", "title")));

    static final Keys ARTICLE = new Keys("an article", Set.of("title", "outlet", "published", "dateline", "url",
            "cites", "notes", "label", "authors"),
            Map.ofEntries(Map.entry("date", "published"), Map.entry("published_at", "published"),
                    Map.entry("pubdate", "published"), Map.entry("publish_date", "published"),
                    Map.entry("author", "authors"), Map.entry("byline", "authors"), Map.entry("by", "authors"),
                    Map.entry("writer", "authors"), Map.entry("writers", "authors"),
                    Map.entry("source", "outlet"), Map.entry("publication", "outlet"),
                    Map.entry("publisher", "outlet"), Map.entry("newspaper", "outlet"), Map.entry("media", "outlet"),
                    Map.entry("link", "url"), Map.entry("href", "url"), Map.entry("headline", "title"),
                    Map.entry("name", "title"), Map.entry("note", "notes"), Map.entry("place", "dateline"),
                    Map.entry("location", "dateline"), Map.entry("cite", "cites"), Map.entry("citation", "cites"),
                    Map.entry("citations", "cites")));

    static final Keys ACTOR = new Keys("an actor", Set.of("name", "aliases", "kind", "role", "affiliation"),
            Map.ofEntries(Map.entry("title", "name"), Map.entry("full_name", "name"), Map.entry("alias", "aliases"),
                    Map.entry("aka", "aliases"), Map.entry("names", "aliases"), Map.entry("other_names", "aliases"),
                    Map.entry("type", "kind"), Map.entry("organization", "affiliation"),
                    Map.entry("organisation", "affiliation"), Map.entry("party", "affiliation"),
                    Map.entry("employer", "affiliation"), Map.entry("member_of", "affiliation"),
                    Map.entry("position", "role"), Map.entry("job", "role")));

    static final Keys EVENT = new Keys("an event", Set.of("title", "date", "date_note", "place", "participants",
            "related"),
            Map.ofEntries(Map.entry("name", "title"), Map.entry("when", "date"), Map.entry("day", "date"),
                    Map.entry("location", "place"), Map.entry("where", "place"),
                    Map.entry("participant", "participants"), Map.entry("actors", "participants"),
                    Map.entry("people", "participants"), Map.entry("who", "participants"),
                    Map.entry("related_events", "related"), Map.entry("events", "related")));

    static final Keys CLAIM = new Keys("a claim", Set.of("statement", "topic", "about", "event", "sources",
            "discrepancy", "discrepancy_note"),
            Map.ofEntries(Map.entry("source", "sources"), Map.entry("articles", "sources"),
                    Map.entry("claim", "statement"), Map.entry("text", "statement"), Map.entry("title", "statement"),
                    Map.entry("actors", "about"), Map.entry("actor", "about"), Map.entry("subject", "about"),
                    Map.entry("events", "event"), Map.entry("subjects", "about")));

    static final Keys SOURCE = new Keys("an article's entry under 'sources'", Set.of("stance", "quote", "value",
            "note", "via"),
            Map.ofEntries(Map.entry("quotes", "quote"), Map.entry("excerpt", "quote"), Map.entry("text", "quote"),
                    Map.entry("position", "stance"), Map.entry("notes", "note"), Map.entry("figure", "value")));

    private static final List<Keys> ALL = List.of(INDEX, ARTICLE, ACTOR, EVENT, CLAIM, SOURCE);

    /** The warning for a key this kind of file does not take, which says what was most likely meant. */
    String unknown(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (known.contains(lower)) {
            return "unknown key '" + key + "'; did you mean '" + lower + "'? (keys are written in lower case)";
        }
        String meant = synonyms.get(lower);
        if (meant != null) {
            return "'" + key + "' is not a key of " + what + ", so its value is not used; did you mean '" + meant
                    + "'?";
        }
        for (Keys other : ALL) {
            if (other != this && other.known.contains(lower)) {
                return "'" + key + "' is a key of " + other.what + ", not of " + what + ", so its value is not used"
                        + " here";
            }
        }
        String closest = Suggest.closest(key, known);
        if (closest != null) {
            return "unknown key '" + key + "'; did you mean '" + closest + "'?";
        }
        return "unknown key '" + key + "'; briefing does not use it (a template of your own can, as 'extra')";
    }
}
