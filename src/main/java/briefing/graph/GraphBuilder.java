package briefing.graph;

import briefing.model.Actor;
import briefing.model.Alias;
import briefing.model.Article;
import briefing.model.Body;
import briefing.model.BodyLink;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Parallel;
import briefing.model.PlainText;
import briefing.model.Ref;
import briefing.model.Suggest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Resolves loaded content into a {@link Graph}: checks every reference, finds every mention and
 * quote, and derives backlinks, coverage and discrepancies. Reports problems as diagnostics, never
 * prints or throws for bad content.
 */
public final class GraphBuilder {

    /** The graph (always built, so that {@code check} can report everything) and every problem found. */
    public record Result(Graph graph, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * What a build found per article — mentions and prepared quote finders — kept for the next build
     * by the same owner (the live preview), which then redoes only the articles that changed, and
     * all of them when any name changed. Not thread-safe: one build at a time.
     */
    public static final class Memo {
        private List<String> names = List.of();
        private List<String> owners = List.of();
        private NameMatcher matcher;
        private Map<PlainText, List<Mention>> mentions = new IdentityHashMap<>();
        private MentionIndex index;
        private Map<PlainText, Quotes> quotes = new IdentityHashMap<>();
        private Map<PlainText, QuotesFound> quotesFound = new IdentityHashMap<>();
        private Map<Claim, Boolean> discrepancies = new IdentityHashMap<>();
        private List<Actor> relatedActors = List.of();
        private List<Event> relatedEvents = List.of();
        private List<Claim> relatedClaims = List.of();
        private List<String> articleIds = List.of();
        private Relations relations;
    }

    /** One article's prepared text and where each quote looked for in it was found (null: not found). */
    private record Quotes(QuoteFinder finder, Map<String, int[]> found) {
        Quotes(String text) {
            this(new QuoteFinder(text), new java.util.concurrent.ConcurrentHashMap<>());
        }

        int[] find(String quote) {
            int[] at = found.get(quote);
            if (at == null) {
                at = finder.find(quote);
                found.put(quote, at == null ? NOT_FOUND : at);
            }
            return at == NOT_FOUND ? null : at;
        }

        private static final int[] NOT_FOUND = new int[0];
    }

    private final Content content;
    private final Memo memo;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, Article> articles;
    private final Map<String, Actor> actors;
    private final Map<String, Event> events;
    private final Map<String, Claim> claims;

    private GraphBuilder(Content content, Memo memo) {
        this.content = content;
        this.memo = memo;
        this.articles = byId(content.articles(), Article::id);
        this.actors = byId(content.actors(), Actor::id);
        this.events = byId(content.events(), Event::id);
        this.claims = byId(content.claims(), Claim::id);
    }

    public static Result build(Content content) {
        return new GraphBuilder(content, null).build();
    }

    /** Builds reusing what {@code memo} kept from the last build, and keeps this build's findings in it. */
    public static Result build(Content content, Memo memo) {
        return new GraphBuilder(content, memo).build();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private Result build() {
        checkReferences();
        MentionIndex mentions = findMentions();
        Map<String, List<QuoteSpan>> quotes = findQuotes();

        Relations relations = relations();

        Map<String, List<Article>> citing = new HashMap<>();
        for (Article a : content.articles()) {
            a.cites().stream().map(Ref::id).distinct().filter(actors::containsKey)
                    .forEach(id -> citing.computeIfAbsent(id, k -> new ArrayList<>()).add(a));
        }

        Map<String, List<Backlink>> backlinks = new HashMap<>();
        forEachBody((kind, id, body) -> {
            for (BodyLink link : body.links()) {
                Backlink from = new Backlink(kind, id);
                String key = link.kind().prefix() + ":" + link.target().id();
                List<Backlink> list = backlinks.computeIfAbsent(key, k -> new ArrayList<>());
                // Each body is visited once, with all its links: a body already listed is the last one.
                Backlink last = list.isEmpty() ? null : list.get(list.size() - 1);
                boolean listed = last != null && last.kind() == kind && last.id().equals(id);
                if (!listed && !(kind == link.kind() && id.equals(link.target().id()))) {
                    list.add(from);
                }
            }
        });

        warnUnused(mentions, relations.claimsByArticle());
        problems.sort(Diagnostic.ORDER);
        Graph graph = new Graph(content, articles, actors, events, claims, mentions.byArticle, mentions.byActor,
                quotes, relations.eventsByActor(), relations.related(), relations.claimsByActor(),
                relations.claimsByEvent(), relations.claimsByArticle(), citing, relations.affiliates(), backlinks,
                relations.co(), relations.discrepancies(), relations.timeline());
        return new Result(graph, List.copyOf(problems));
    }

    /** What the graph derives from the actors, events and claims alone, and from the article ids. */
    private record Relations(Map<String, List<Event>> eventsByActor, Map<String, List<Event>> related,
            Map<String, Map<String, Integer>> co, Map<String, List<Claim>> claimsByActor,
            Map<String, List<Claim>> claimsByEvent, Map<String, List<Claim>> claimsByArticle,
            Set<String> discrepancies, Map<String, List<Actor>> affiliates, List<Event> timeline) {
    }

    /** The last relations when the actors, events and claims are the same records and the article ids the same. */
    private Relations relations() {
        List<String> articleIds = content.articles().stream().map(Article::id).toList();
        if (memo != null && memo.relations != null && sameRecords(memo.relatedActors, content.actors())
                && sameRecords(memo.relatedEvents, content.events())
                && sameRecords(memo.relatedClaims, content.claims()) && memo.articleIds.equals(articleIds)) {
            return memo.relations;
        }
        Relations relations = relationsNow();
        if (memo != null) {
            memo.relatedActors = content.actors();
            memo.relatedEvents = content.events();
            memo.relatedClaims = content.claims();
            memo.articleIds = articleIds;
            memo.relations = relations;
        }
        return relations;
    }

    private static boolean sameRecords(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private Relations relationsNow() {
        Comparator<Event> byDate = Comparator.comparing((Event e) -> e.date(), Comparator.nullsLast(Comparator
                .naturalOrder())).thenComparing(Event::id);
        Map<String, List<Event>> eventsByActor = new HashMap<>();
        Map<String, List<Event>> related = new HashMap<>();
        Map<String, Map<String, Integer>> co = new HashMap<>();
        for (Event e : content.events()) {
            List<String> people = e.participants().stream().map(Ref::id).filter(actors::containsKey).distinct()
                    .toList();
            for (String a : people) {
                eventsByActor.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
                for (String b : people) {
                    if (!a.equals(b)) {
                        co.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
            for (Ref r : e.related()) {
                Event other = events.get(r.id());
                if (other != null && other != e) {
                    addOnce(related, e.id(), other);
                    addOnce(related, other.id(), e);
                }
            }
        }
        sortAll(eventsByActor, byDate);
        sortAll(related, byDate);

        Map<String, List<Claim>> claimsByActor = new HashMap<>();
        Map<String, List<Claim>> claimsByEvent = new HashMap<>();
        Map<String, List<Claim>> claimsByArticle = new HashMap<>();
        Set<String> discrepancies = new HashSet<>();
        Map<Claim, Boolean> discrepant = new IdentityHashMap<>();
        Map<Claim, Boolean> knownDiscrepant = memo == null ? new IdentityHashMap<>() : memo.discrepancies;
        for (Claim c : content.claims()) {
            c.about().stream().map(Ref::id).distinct().filter(actors::containsKey)
                    .forEach(a -> claimsByActor.computeIfAbsent(a, k -> new ArrayList<>()).add(c));
            if (c.event() != null && events.containsKey(c.event().id())) {
                claimsByEvent.computeIfAbsent(c.event().id(), k -> new ArrayList<>()).add(c);
            }
            for (ClaimSource s : c.sources()) {
                if (articles.containsKey(s.article())) {
                    claimsByArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(c);
                }
            }
            Boolean differ = knownDiscrepant.get(c);
            if (differ == null) {
                differ = c.sources().stream().filter(ClaimSource::hasValue)
                        .map(s -> QuoteFinder.normalize(s.value())).distinct().count() > 1;
            }
            discrepant.put(c, differ);
            if (differ) {
                discrepancies.add(c.id());
            }
        }
        if (memo != null) {
            memo.discrepancies = discrepant;
        }

        Map<String, List<Actor>> affiliates = new HashMap<>();
        for (Actor a : content.actors()) {
            if (a.affiliation() != null && actors.containsKey(a.affiliation().id())) {
                affiliates.computeIfAbsent(a.affiliation().id(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Event> timeline = new ArrayList<>(content.events());
        timeline.sort(byDate);
        return new Relations(eventsByActor, related, co, claimsByActor, claimsByEvent, claimsByArticle,
                Set.copyOf(discrepancies), affiliates, List.copyOf(timeline));
    }

    /** Adds the event unless listed: there is one record per event, so the same one is the same object. */
    private static void addOnce(Map<String, List<Event>> map, String key, Event item) {
        List<Event> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        for (Event listed : list) {
            if (listed == item) {
                return;
            }
        }
        list.add(item);
    }

    private static <T> void sortAll(Map<String, List<T>> map, Comparator<T> order) {
        map.values().forEach(list -> list.sort(order));
    }

    private interface BodyVisitor {
        void visit(Kind kind, String id, Body body);
    }

    /** Every body except the overview (which belongs to no item), in kind then id order. */
    private void forEachBody(BodyVisitor visitor) {
        content.articles().forEach(a -> visitor.visit(Kind.ARTICLE, a.id(), a.body()));
        content.actors().forEach(a -> visitor.visit(Kind.ACTOR, a.id(), a.body()));
        content.events().forEach(e -> visitor.visit(Kind.EVENT, e.id(), e.body()));
        content.claims().forEach(c -> visitor.visit(Kind.CLAIM, c.id(), c.body()));
    }

    // ---- what is written but never used ----

    /** Warnings beyond the format: names that never occur, sources no claim uses, events nobody takes part in. */
    private void warnUnused(MentionIndex mentions, Map<String, List<Claim>> claimsByArticle) {
        Set<String> namesUsed = mentions.namesUsed();
        for (Actor actor : content.actors()) {
            if (!mentions.byActor().containsKey(actor.id())) {
                problems.add(Diagnostic.warning(new briefing.model.SourcePos(actor.path(), 1), "actor '" + actor.id()
                        + "' is never mentioned in any article (neither '" + actor.name() + "' nor an alias occurs)"));
                continue;
            }
            for (Alias alias : actor.names().subList(1, actor.names().size())) {
                if (!namesUsed.contains(alias.text())) {
                    problems.add(Diagnostic.warning(alias.pos(), "the alias '" + alias.text()
                            + "' never occurs in any article (whole words, case-sensitive)"));
                }
            }
        }
        for (Article article : content.articles()) {
            if (!claimsByArticle.containsKey(article.id()) && !content.claims().isEmpty()) {
                problems.add(Diagnostic.warning(new briefing.model.SourcePos(article.path(), 1), "article '"
                        + article.id() + "' is used by no claim; the comparison shows it silent everywhere"));
            }
        }
        for (Event event : content.events()) {
            if (event.participants().isEmpty()) {
                problems.add(Diagnostic.warning(new briefing.model.SourcePos(event.path(), 1), "event '" + event.id()
                        + "' has no participants"));
            }
        }
    }

    // ---- references ----

    private void checkReferences() {
        for (Article a : content.articles()) {
            a.cites().forEach(r -> expect(r, Kind.ACTOR, "'cites'"));
        }
        for (Actor a : content.actors()) {
            if (a.affiliation() != null) {
                expect(a.affiliation(), Kind.ACTOR, "'affiliation'");
            }
        }
        for (Event e : content.events()) {
            e.participants().forEach(r -> expect(r, Kind.ACTOR, "'participants'"));
            e.related().forEach(r -> expect(r, Kind.EVENT, "'related'"));
        }
        for (Claim c : content.claims()) {
            c.about().forEach(r -> expect(r, Kind.ACTOR, "'about'"));
            if (c.event() != null) {
                expect(c.event(), Kind.EVENT, "'event'");
            }
            for (ClaimSource s : c.sources()) {
                expect(new Ref(s.article(), s.pos()), Kind.ARTICLE, "'sources'");
            }
        }
        if (content.settings() != null) {
            content.settings().body().links().forEach(l -> expect(l.target(), l.kind(), "the link"));
        }
        forEachBody((kind, id, body) -> body.links().forEach(l -> expect(l.target(), l.kind(), "the link")));
    }

    private void expect(Ref ref, Kind kind, String where) {
        if (idsOf(kind).contains(ref.id())) {
            return;
        }
        if (!briefing.model.Ids.isValid(ref.id())) {
            // A path such as '../x' or '/etc/passwd' is not an id at all, let alone a missing file.
            problems.add(Diagnostic.error(ref.pos(), where + " names " + kind.prefix() + " '" + ref.id()
                    + "', which is not a valid id: " + briefing.model.Ids.RULE));
            return;
        }
        String closest = Suggest.closest(ref.id(), idsOf(kind));
        String message = where + " names " + kind.prefix() + " '" + ref.id() + "', which does not exist (no "
                + kind.folder() + "/" + ref.id() + ".md)" + (closest == null ? "" : "; did you mean '" + closest + "'?");
        problems.add(Diagnostic.error(ref.pos(), message));
    }

    private Collection<String> idsOf(Kind kind) {
        return switch (kind) {
            case ARTICLE -> articles.keySet();
            case ACTOR -> actors.keySet();
            case EVENT -> events.keySet();
            case CLAIM -> claims.keySet();
        };
    }

    // ---- mentions ----

    /** Mentions by article id and by actor id, and every name that occurs. */
    private record MentionIndex(Map<String, List<Mention>> byArticle, Map<String, List<Mention>> byActor,
            Set<String> namesUsed) {
    }

    private MentionIndex findMentions() {
        List<String> names = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        Map<String, Alias> seen = new HashMap<>();
        Map<String, String> seenOwner = new HashMap<>();
        for (Actor actor : content.actors()) {
            for (Alias alias : actor.names()) {
                String other = seenOwner.get(alias.text());
                if (other != null && !other.equals(actor.id())) {
                    problems.add(Diagnostic.error(alias.pos(), "'" + alias.text() + "' is a name of two actors: "
                            + actor.path() + " and " + actors.get(other).path()
                            + " (line " + seen.get(alias.text()).pos().line() + "); each name must lead to one actor"));
                    continue;
                }
                if (other == null) {
                    seen.put(alias.text(), alias);
                    seenOwner.put(alias.text(), actor.id());
                    names.add(alias.text());
                    owners.add(actor.id());
                }
            }
        }
        Map<String, List<Mention>> byArticle = new HashMap<>();
        if (names.isEmpty()) {
            return new MentionIndex(byArticle, new TreeMap<>(), Set.of());
        }
        boolean sameNames = memo != null && memo.matcher != null && memo.names.equals(names)
                && memo.owners.equals(owners);
        NameMatcher matcher = sameNames ? memo.matcher : new NameMatcher(names);
        Map<PlainText, List<Mention>> known = sameNames ? memo.mentions : Map.of();
        // The mentions of texts matched before are looked up at once; only the other texts are matched, in parallel.
        List<List<Mention>> found = new ArrayList<>(content.articles().size());
        List<Integer> toMatch = new ArrayList<>();
        for (Article article : content.articles()) {
            List<Mention> reused = known.get(article.body().text());
            boolean valid = reused != null && (reused.isEmpty() || reused.get(0).article().equals(article.id()));
            if (!valid) {
                toMatch.add(found.size());
            }
            found.add(valid ? reused : null);
        }
        // Each index is set by one thread; forEach returns once all are set and visible here.
        Parallel.forEach(toMatch, i -> found.set(i, match(content.articles().get(i), matcher, owners)));
        // An edited article whose mentions did not change keeps its last list, and when no list changed
        // the last index is kept whole: unchanged lists stay the same objects, cheap to compare later.
        MentionIndex last = sameNames ? memo.index : null;
        boolean same = last != null && last.byArticle().size() == found.size();
        Map<PlainText, List<Mention>> keep = new IdentityHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Article article = content.articles().get(i);
            List<Mention> before = last == null ? null : last.byArticle().get(article.id());
            List<Mention> list = before != null && before.equals(found.get(i)) ? before : List.copyOf(found.get(i));
            same &= list == before;
            byArticle.put(article.id(), list);
            keep.put(article.body().text(), list);
        }
        MentionIndex index = same ? last : index(byArticle);
        if (memo != null) {
            memo.names = List.copyOf(names);
            memo.owners = List.copyOf(owners);
            memo.matcher = matcher;
            memo.mentions = keep;
            memo.index = index;
        }
        return index;
    }

    private static List<Mention> match(Article article, NameMatcher matcher, List<String> owners) {
        List<Mention> list = new ArrayList<>();
        int n = 0;
        for (NameMatcher.Match m : matcher.find(article.body().text().text())) {
            list.add(new Mention(article.id(), owners.get(m.pattern()), matcher.pattern(m.pattern()), m.start(),
                    m.end(), ++n));
        }
        return list;
    }

    private MentionIndex index(Map<String, List<Mention>> byArticle) {
        Map<String, List<Mention>> byActor = new HashMap<>();
        Set<String> namesUsed = new HashSet<>();
        for (Article article : content.articles()) {
            for (Mention m : byArticle.get(article.id())) {
                byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m);
                namesUsed.add(m.name());
            }
        }
        return new MentionIndex(byArticle, new TreeMap<>(byActor), namesUsed);
    }

    // ---- quotes ----

    /** A quote looked for in an article: the claim and its source entry for that article. */
    private record Wanted(Claim claim, ClaimSource source) {
    }

    /** The quotes found in one article, and the problems with those that were not. */
    private record Found(String article, List<QuoteSpan> spans, List<Diagnostic> problems) {
    }

    /** What the last build found in an article for the quotes it looked for there. */
    private record QuotesFound(List<Wanted> wanted, Found found) {
    }

    private Map<String, List<QuoteSpan>> findQuotes() {
        Map<String, List<Wanted>> wanted = new TreeMap<>();
        for (Claim c : content.claims()) {
            for (ClaimSource s : c.sources()) {
                if (articles.containsKey(s.article())) {
                    wanted.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(new Wanted(c, s));
                }
            }
        }
        Map<PlainText, Quotes> known = memo == null ? Map.of() : memo.quotes;
        Map<PlainText, QuotesFound> knownFound = memo == null ? Map.of() : memo.quotesFound;
        Map<PlainText, Quotes> keep = new java.util.concurrent.ConcurrentHashMap<>();
        Map<PlainText, QuotesFound> keepFound = new java.util.concurrent.ConcurrentHashMap<>();
        // The same text (the file was not read again) and the same claims looking in it give the same result;
        // only the other articles are searched, in parallel.
        List<Found> found = new ArrayList<>(wanted.size());
        List<Map.Entry<String, List<Wanted>>> toFind = new ArrayList<>();
        for (Map.Entry<String, List<Wanted>> entry : wanted.entrySet()) {
            PlainText text = articles.get(entry.getKey()).body().text();
            QuotesFound last = knownFound.get(text);
            if (last != null && last.wanted().equals(entry.getValue())) {
                keep.put(text, known.get(text));
                keepFound.put(text, last);
                found.add(last.found());
            } else {
                toFind.add(entry);
            }
        }
        Found[] results = new Found[toFind.size()];
        Parallel.forEachIndex(toFind.size(), i -> results[i] = findIn(toFind.get(i), known, keep, keepFound));
        found.addAll(Arrays.asList(results));
        Map<String, List<QuoteSpan>> byArticle = new HashMap<>();
        for (Found f : found) {
            byArticle.put(f.article(), f.spans());
            problems.addAll(f.problems());
        }
        if (memo != null) {
            memo.quotes = keep;
            memo.quotesFound = keepFound;
        }
        return byArticle;
    }

    /** Looks for the quotes claims take from one article; keeps what it prepared in the memo's maps. */
    private Found findIn(Map.Entry<String, List<Wanted>> entry, Map<PlainText, Quotes> known,
            Map<PlainText, Quotes> keep, Map<PlainText, QuotesFound> keepFound) {
        Article article = articles.get(entry.getKey());
        PlainText text = article.body().text();
        Quotes finder = known.get(text);
        if (finder == null) {
            finder = new Quotes(text.text());
        }
        List<QuoteSpan> spans = new ArrayList<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (Wanted w : entry.getValue()) {
            Claim claim = w.claim();
            ClaimSource s = w.source();
            int[] at = finder.find(s.quote());
            if (at != null) {
                spans.add(new QuoteSpan(claim.id(), article.id(), at[0], at[1]));
            } else {
                String closest = finder.finder().closest(s.quote());
                String difference = QuoteFinder.firstDifference(s.quote(), closest);
                missing.add(Diagnostic.error(s.quotePos(), "claim '" + claim.id() + "': the quote for article '"
                        + article.id() + "' is not in its text (" + article.path() + "); closest passage: \u201C"
                        + abbreviate(closest) + "\u201D" + (difference.isEmpty() ? "" : "; " + difference)));
            }
        }
        spans.sort(Comparator.comparingInt(QuoteSpan::start).thenComparing(QuoteSpan::claim));
        Found result = new Found(article.id(), List.copyOf(spans), List.copyOf(missing));
        if (memo != null) {
            keep.put(text, finder);
            keepFound.put(text, new QuotesFound(List.copyOf(entry.getValue()), result));
        }
        return result;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }
}
