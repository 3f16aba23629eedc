package briefing.graph;

import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.BodyLink;
import briefing.model.Claim;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Ref;
import briefing.model.StaticFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves loaded content into a {@link Graph}: checks every reference, finds every mention and
 * quote, and derives backlinks and coverage. Reports problems as diagnostics, never
 * prints or throws for bad content.
 *
 * <p>The stages, in order: {@link ReferenceCheck}, {@link FileLinkCheck}, {@link MentionFinder}, {@link QuoteSearch},
 * {@link Relations}, citing articles and backlinks, {@link Discrepancies} (kinds and origins),
 * {@link Labels}, then {@link UnusedWarnings}. A {@link GraphMemo}
 * lets a rebuild reuse what the last build found; a clean build passes one that keeps nothing.
 */
public final class GraphBuilder {

    /** The graph (always built, so that {@code check} can report everything) and every problem found. */
    public record Result(Graph graph, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final Content content;
    private final GraphMemo memo;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, Article> articles;
    private final Map<String, Actor> actors;
    private final Map<String, Event> events;
    private final Map<String, Claim> claims;

    private GraphBuilder(Content content, GraphMemo memo) {
        this.content = content;
        this.memo = memo;
        this.articles = byId(content.articles(), Article::id);
        this.actors = byId(content.actors(), Actor::id);
        this.events = byId(content.events(), Event::id);
        this.claims = byId(content.claims(), Claim::id);
    }

    /** Builds the graph of this content from scratch. */
    public static Result build(Content content) {
        return build(content, GraphMemo.none());
    }

    /** Builds reusing what {@code memo} kept from the last build, and keeps this build's findings in it. */
    public static Result build(Content content, GraphMemo memo) {
        return new GraphBuilder(content, memo).build();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private Result build() {
        Map<Kind, Collection<String>> ids = new EnumMap<>(Kind.class);
        ids.put(Kind.ARTICLE, articles.keySet());
        ids.put(Kind.ACTOR, actors.keySet());
        ids.put(Kind.EVENT, events.keySet());
        ids.put(Kind.CLAIM, claims.keySet());
        new ReferenceCheck(content, ids, problems).run(memo);
        Map<String, StaticFile> files = byId(content.files(), StaticFile::path);
        FileLinkCheck.run(content, files, problems);
        MentionFinder.Index mentions = MentionFinder.find(content, actors, memo, problems);
        Map<String, List<QuoteSpan>> quotes = QuoteSearch.find(content, articles, memo, problems);
        Relations relations = Relations.of(content, articles, actors, events, memo);
        Map<String, List<String>> citing = memo.citing(content);
        Map<String, List<Backlink>> backlinks = memo.backlinks(content);
        Discrepancies kinds = memo.discrepancies(content.claims(), problems);
        Map<String, String> labels = Labels.of(content, problems);
        UnusedWarnings.report(content, mentions, relations.claimsByArticle(), problems);
        TopicOrder.report(content, problems);
        problems.sort(Diagnostic.ORDER);
        ArticleOrder articleOrder = memo.articleOrder(content.articles());
        Graph graph = new Graph(content, articles, actors, events, claims, mentions.byArticle(), mentions.byActor(),
                quotes, relations.eventsByActor(), relations.related(), relations.claimsByActor(),
                relations.claimsByEvent(), relations.claimsByArticle(), citing, relations.affiliates(), backlinks,
                relations.co(), relations.timeline(), kinds, labels, files, memo.sortKeys(content),
                memo.topicOrder(content), articleOrder,
                memo.sourcesInOrder(content.claims(), articleOrder.positions()));
        return new Result(graph, List.copyOf(problems));
    }

    /** The ids of the articles that cite each actor, by actor id. */
    static Map<String, List<String>> citing(Content content) {
        Set<String> actors = new HashSet<>();
        content.actors().forEach(a -> actors.add(a.id()));
        Map<String, List<String>> citing = new HashMap<>();
        for (Article a : content.articles()) {
            Set<String> seen = new HashSet<>();
            for (Ref ref : a.cites()) {
                if (seen.add(ref.id()) && actors.contains(ref.id())) {
                    citing.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(a.id());
                }
            }
        }
        return citing;
    }

    /** The items whose body links to each item, by {@code kind:id}. */
    static Map<String, List<Backlink>> backlinks(Content content) {
        Map<String, List<Backlink>> backlinks = new HashMap<>();
        ReferenceCheck.forEachBody(content, (kind, id, body) -> {
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
        return backlinks;
    }
}
