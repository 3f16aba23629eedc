package briefing.content;

import briefing.model.Actor;
import briefing.model.ActorKind;
import briefing.model.Alias;
import briefing.model.Article;
import briefing.model.Body;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Diagnostic;
import briefing.model.DiscrepancyKind;
import briefing.model.Event;
import briefing.model.EventDate;
import briefing.model.Ids;
import briefing.model.Placeholders;
import briefing.model.Published;
import briefing.model.Ref;
import briefing.model.Settings;
import briefing.model.SourcePos;
import briefing.model.Stance;
import briefing.model.Suggest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the front matter and body of each kind of content file (index.md, article, actor, event,
 * claim) into its record, reporting every problem with its line. Thread-safe.
 */
final class ItemReader {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final MarkdownReader markdown = new MarkdownReader();

    private Body body(SourceFile source) {
        return markdown.read(source.path(), source.body(), source.bodyLine());
    }

    Settings index(SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, Keys.INDEX, problems);
        String title = f.text("title", true);
        String subtitle = f.text("subtitle", false);
        String language = f.text("language", false);
        if (language.isEmpty()) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            f.error(f.posOf("language").line(), "'language' must be a language tag such as en, fr or pt-BR, found '"
                    + language + "'");
            language = "en";
        }
        String baseUrl = f.text("base_url", false);
        if (!baseUrl.isEmpty()) {
            if (!isWebAddress(baseUrl)) {
                f.error(f.posOf("base_url").line(), "'base_url' must be an http:// or https:// address, found '"
                        + baseUrl + "'");
                baseUrl = "";
            } else if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
        }
        LocalDate updated = null;
        String updatedText = f.text("updated", false);
        if (!updatedText.isEmpty()) {
            try {
                updated = LocalDate.parse(updatedText);
            } catch (DateTimeParseException e) {
                f.error(f.posOf("updated").line(), "'updated' must be a date YYYY-MM-DD, found '" + updatedText + "'");
            }
        }
        int languageLine = f.has("language") ? f.posOf("language").line() : 0;
        return new Settings(source.path(), title, subtitle, language, baseUrl, updated, f.extra(), body(source),
                languageLine, f.texts("topics"));
    }

    Article article(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, Keys.ARTICLE, problems);
        String title = f.text("title", true);
        Published published = f.parsed("published", false, Published::parse,
                "an ISO 8601 date or date-time (2023-07-26 or 2023-07-26T14:05:00Z)");
        String url = f.text("url", false);
        if (!url.isEmpty() && !isWebAddress(url)) {
            f.error(f.posOf("url").line(), "'url' must be an http:// or https:// address, found '" + url + "'");
            url = "";
        }
        List<Ref> cites = checkedIds(f, "cites");
        String label = f.text("label", false);
        List<String> authors = f.texts("authors").stream().map(Alias::text).toList();
        PlaceholderCheck.body(source, f, Placeholders.ARTICLE_BODY, "paste the article's text");
        Body body = body(source);
        return new Article(id, source.path(), title, f.text("outlet", false), published, f.text("dateline", false),
                url, cites, f.text("notes", false), f.extra(), body, Hashes.sha256(body.markdown()), label, authors);
    }

    Actor actor(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, Keys.ACTOR, problems);
        String name = f.text("name", true);
        List<Alias> names = new ArrayList<>();
        if (!name.isEmpty()) {
            names.add(new Alias(name, f.posOf("name")));
        }
        List<Alias> aliases = f.texts("aliases");
        if (aliases.size() + 1 > ContentLoader.MAX_NAMES_PER_ACTOR) {
            f.error(f.posOf("aliases").line(), "an actor may have at most " + ContentLoader.MAX_NAMES_PER_ACTOR
                    + " names and aliases; this one has " + (aliases.size() + 1));
            aliases = List.of();
        }
        for (Alias alias : aliases) {
            if (names.stream().anyMatch(a -> a.text().equals(alias.text()))) {
                f.warning(alias.pos().line(), "'" + alias.text() + "' is listed twice");
            } else {
                names.add(alias);
            }
        }
        ActorKind kind = f.parsed("kind", true, ActorKind::of, "person, organization or state");
        Ref affiliation = checkedId(f, "affiliation");
        List<Alias> except = except(f, names);
        List<Alias> quiet = quiet(f, names, except);
        PlaceholderCheck.body(source, f, Placeholders.ACTOR_BODY, "write the actor's profile");
        return new Actor(id, source.path(), name, names, kind == null ? ActorKind.PERSON : kind,
                f.text("role", false), affiliation, f.extra(), body(source), except, quiet,
                f.text("sort_as", false));
    }

    /** The actor's except phrases, each once; a phrase that is itself one of its names is an error. */
    private static List<Alias> except(Fields f, List<Alias> names) {
        List<Alias> except = new ArrayList<>();
        for (Alias phrase : f.texts("except")) {
            if (names.stream().anyMatch(n -> n.text().equals(phrase.text()))) {
                f.error(phrase.pos().line(), "'" + phrase.text() + "' is under both 'except' and the actor's"
                        + " names: 'except' lists longer phrases that contain a name but are not this actor,"
                        + " such as 'Sea of Japan' for 'Japan'");
            } else if (except.stream().anyMatch(e -> e.text().equals(phrase.text()))) {
                f.warning(phrase.pos().line(), "'" + phrase.text() + "' is listed twice under 'except'");
            } else {
                except.add(phrase);
            }
        }
        return except;
    }

    /** The aliases and except phrases the editor keeps quiet; anything else under 'quiet' is a warning. */
    private static List<Alias> quiet(Fields f, List<Alias> names, List<Alias> except) {
        List<Alias> quiet = new ArrayList<>();
        for (Alias entry : f.texts("quiet")) {
            boolean alias = names.stream().skip(1).anyMatch(n -> n.text().equals(entry.text()));
            boolean phrase = except.stream().anyMatch(e -> e.text().equals(entry.text()));
            if (alias || phrase) {
                quiet.add(entry);
            } else {
                f.warning(entry.pos().line(), "'" + entry.text() + "' under 'quiet' is neither an alias nor an"
                        + " 'except' phrase of this actor; 'quiet' keeps an alias that never occurs on its own"
                        + " from being warned about");
            }
        }
        return quiet;
    }

    Event event(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, Keys.EVENT, problems);
        String title = f.text("title", true);
        String timeProblem = EventDate.timeProblem(f.text("date", false));
        EventDate date = null;
        if (timeProblem != null) {
            f.error(f.posOf("date").line(), "'date': " + timeProblem);
        } else {
            date = f.parsed("date", true, EventDate::parse, "YYYY, YYYY-MM, YYYY-MM-DD or a range START/END"
                    + " (a real date, the end not before the start), or a day with a time, YYYY-MM-DDTHH:MM");
        }
        PlaceholderCheck.eventDate(f);
        PlaceholderCheck.body(source, f, Placeholders.EVENT_BODY, "say what happened, as the sources tell it");
        return new Event(id, source.path(), title, date, f.text("date_note", false), f.text("place", false),
                checkedIds(f, "participants"), checkedIds(f, "related"), f.extra(), body(source));
    }

    Claim claim(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, Keys.CLAIM, problems);
        String statement = f.text("statement", true);
        PlaceholderCheck.statement(f, statement);
        PlaceholderCheck.body(source, f, Placeholders.CLAIM_BODY, "write your analysis of the claim, or remove the"
                + " line");
        Ref event = checkedId(f, "event");
        List<ClaimSource> sources = new ArrayList<>();
        if (!f.has("sources")) {
            f.missing("sources", " (article id: stance and quote)");
        }
        for (NodeTuple t : f.entries("sources")) {
            int line = Fields.line(source, t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode key) || !Ids.isValid(key.getValue())) {
                f.error(line, "under 'sources', " + Fields.describe(t.getKeyNode()) + " is not an article id: "
                        + Ids.RULE);
                continue;
            }
            if (sources.stream().anyMatch(s -> s.article().equals(key.getValue()))) {
                f.error(line, "article '" + key.getValue() + "' is listed twice under 'sources'");
                continue;
            }
            Fields s = new Fields(source, t.getValueNode(), Keys.SOURCE, problems);
            Stance stance = s.parsed("stance", true, Stance::written, "reports, attributes, disputes or differs");
            String quote = s.text("quote", true);
            if (Fields.isNull(t.getValueNode())) {
                continue; // reported by Fields as missing keys
            }
            String value = s.text("value", false);
            List<Ref> via = checkedIds(s, "via");
            if (stance == Stance.DIFFERS && value.isEmpty()) {
                f.warning(line, "article '" + key.getValue() + "' differs but gives no 'value': a source that"
                        + " differs needs its 'value', the version this source gives");
            }
            if (stance != null && !quote.isEmpty()) {
                sources.add(new ClaimSource(key.getValue(), new SourcePos(source.path(), line), stance, quote,
                        s.posOf("quote"), value, s.text("note", false), via));
            }
        }
        if (f.has("sources") && f.node("sources") instanceof MappingNode map && map.getValue().isEmpty()) {
            f.error(f.posOf("sources").line(), "'sources' is empty: a claim needs at least one article");
        }
        DiscrepancyKind discrepancy = discrepancy(f);
        String note = f.text("discrepancy_note", false);
        if (f.has("discrepancy") && note.isEmpty()) {
            f.error(f.posOf("discrepancy").line(), "'discrepancy' needs a 'discrepancy_note' saying why the"
                    + " sources' difference does not matter as computed");
        }
        if (!f.has("discrepancy") && !note.isEmpty()) {
            f.error(f.posOf("discrepancy_note").line(), "'discrepancy_note' explains a 'discrepancy' this claim"
                    + " does not give: add 'discrepancy: none' (or another kind), or remove the note");
        }
        return new Claim(id, source.path(), statement, f.text("topic", false), checkedIds(f, "about"), event, sources,
                f.extra(), body(source), discrepancy, note, discrepancy == null ? null : f.posOf("discrepancy"));
    }

    /** The editor's kind of discrepancy, or null when absent or not one of the four words (reported). */
    private static DiscrepancyKind discrepancy(Fields f) {
        String word = f.text("discrepancy", false);
        if (word.isEmpty()) {
            return null;
        }
        DiscrepancyKind kind = DiscrepancyKind.written(word).orElse(null);
        if (kind == null) {
            String closest = Suggest.closest(word, DiscrepancyKind.words());
            f.error(f.posOf("discrepancy").line(), "'discrepancy' must be conflict, detail, spelling or none,"
                    + " found '" + word + "'"
                    + (closest == null ? "" : "; did you mean '" + closest + "'?"));
        }
        return kind;
    }

    /** An id, checked against the id rule here (null when absent or not valid). */
    private static Ref checkedId(Fields f, String key) {
        Ref ref = f.id(key);
        if (ref != null && !Ids.isValid(ref.id())) {
            f.error(ref.pos().line(), "'" + key + "' is not a valid id '" + ref.id() + "': " + Ids.RULE);
            return null;
        }
        return ref;
    }

    /** A list of ids, each checked against the id rule here; existence is checked when the graph is built. */
    private static List<Ref> checkedIds(Fields f, String key) {
        List<Ref> valid = new ArrayList<>();
        for (Ref ref : f.ids(key)) {
            if (Ids.isValid(ref.id())) {
                valid.add(ref);
            } else {
                f.error(ref.pos().line(), "'" + key + "' has '" + ref.id() + "', which is not a valid id: " + Ids.RULE);
            }
        }
        return valid;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
