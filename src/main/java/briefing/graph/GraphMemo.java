package briefing.graph;

import briefing.graph.QuoteSearch.Found;
import briefing.graph.QuoteSearch.Quotes;
import briefing.graph.QuoteSearch.Wanted;
import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.PlainText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one graph build found, kept so that the next build of the same briefing (the live preview
 * after an edit) redoes only what changed: mentions and quotes per article text, the index of
 * mentions by actor, the relations derived from actors, events and claims, the actors' sort keys, and
 * the problems with each item's references.
 * A clean build passes {@link #none()}, which keeps nothing.
 *
 * <p>The contract this rests on: what the content loader gives for an unchanged file is the very
 * same object as last time (see {@code briefing.content.FileCache}). The memo therefore recognises
 * what did not change by identity:
 * <ul>
 *   <li>an article's mentions are reused while it has the very same {@link PlainText} object, and
 *       so is its quote search, kept by article id with that object ({@code PlainText} has no
 *       {@code equals}); the quotes each article is looked for are reused while the claims are the
 *       same records and the article ids equal;</li>
 *   <li>the relations are reused when the lists of actors, events and claims hold the same records
 *       ({@code ==}, element by element) and the article ids are equal; the sort keys when the actors
 *       are the same (or equal) records and the language is the same; the comparison's order when the
 *       claims are the same (or equal) records and the topics and language the same; the kinds of
 *       discrepancy and origins (and their problems) when the claims are the same (or equal) records;
 *       the order of the articles when their ids and publication dates are the same, and each claim's
 *       sources in that order while the claims are the same (or equal) records and the order the same;
 *       the articles citing each actor when the actors' ids and each article's id and {@code cites} are
 *       equal; the items linking to each item when every item's kind, id and body links are equal (all
 *       of these but the order of the articles through one {@code Kept} each);</li>
 *   <li>an item's reference problems are reused for the very same item while the ids of every kind
 *       (in order) and the unreadable files are equal;</li>
 *   <li>the index of mentions by actor is reused when every article's findings equal the last ones
 *       for the same article id.</li>
 * </ul>
 * Content loaded afresh (new objects) is never wrong, only slower: everything is found again. An
 * unchanged item handed back as a copy breaks reuse, which {@code GraphMemoTest} detects.
 *
 * <p>Not thread-safe between builds: one build at a time.
 */
public abstract sealed class GraphMemo permits GraphMemo.None, GraphMemo.Keeping {

    /** The memo that keeps nothing, for a clean build: everything is found once. */
    public static GraphMemo none() {
        return None.INSTANCE;
    }

    /** A new memo that keeps each build's findings for the next build. */
    public static GraphMemo keeping() {
        return new Keeping();
    }

    /**
     * The names and except phrases looked for, the matcher made of them, and what it found in each
     * article (by id), with the text it was found in.
     */
    record Mentions(MentionFinder.Patterns patterns, NameMatcher matcher, Map<String, MentionFinder.Matched> byArticle,
            MentionFinder.Index index) {
    }

    /** The quote finder prepared for one article's text, the quotes looked for in it, and what was found. */
    record Searched(PlainText text, Quotes finder, List<Wanted> wanted, Found found) {
    }

    /** Whether this memo keeps anything for a next build. */
    abstract boolean keeps();

    /**
     * The reference problems the last build found in each item, by the item (the very same object),
     * when it checked against the same ids and unreadable files; else null.
     */
    abstract Map<Object, List<Diagnostic>> references(Map<Kind, Collection<String>> ids,
            Map<Kind, Set<String>> unreadable);

    abstract void keepReferences(Map<Kind, Collection<String>> ids, Map<Kind, Set<String>> unreadable,
            Map<Object, List<Diagnostic>> byItem);

    /** How many articles the last build matched names in (the others were reused). */
    abstract int articlesMatched();

    /** How many articles the last build searched for quotes (the others were reused). */
    abstract int articlesSearched();

    abstract void countMatched(int articles);

    abstract void countSearched(int articles);

    /** The last mentions, when they were found with exactly these names, owners and except phrases; else null. */
    abstract Mentions mentions(MentionFinder.Patterns patterns);

    abstract void keepMentions(MentionFinder.Patterns patterns, NameMatcher matcher,
            Map<String, MentionFinder.Matched> byArticle, MentionFinder.Index index);

    /**
     * The quotes the last build looked for in each article, when these are the same claims (the very
     * same records, in order) and the same article ids; else null.
     */
    abstract Map<String, List<Wanted>> wanted(List<Claim> claims, List<String> articleIds);

    abstract void keepWanted(List<Claim> claims, List<String> articleIds, Map<String, List<Wanted>> wanted);

    /** What the last quote search in an article gave, if its text is this very object; else null. */
    abstract Searched searched(String article, PlainText text);

    /** Keeps an article's quote search for the next build; safe to call from several threads. */
    abstract void keepSearched(String article, PlainText text, Quotes finder, List<Wanted> wanted, Found found);

    /** Ends this build's quote search in these articles: what was kept for any other is forgotten. */
    abstract void searchDone(Set<String> articles);

    /** The last relations when these are the same records and the same article ids; else null. */
    abstract Relations relations(List<Actor> actors, List<Event> events, List<Claim> claims,
            List<String> articleIds);

    abstract void keepRelations(List<Actor> actors, List<Event> events, List<Claim> claims,
            List<String> articleIds, Relations relations);

    /**
     * Each actor's sort key ({@link Collation#sortKeys}), the last build's when the actors are the same
     * (or equal) records and the language the same.
     */
    abstract Map<String, String> sortKeys(Content content);

    /**
     * The claims in the comparison's order ({@link TopicOrder}), the last build's when the claims are the
     * same (or equal) records and the topics {@code index.md} lists and the language are the same.
     */
    abstract List<Claim> topicOrder(Content content);

    /**
     * The articles in the site's order, the last build's order (of these articles) when the articles
     * have the same ids and publication dates as the last build's.
     */
    abstract ArticleOrder articleOrder(List<Article> articles);

    /**
     * Where a graph keeps each claim's sources in the site's order as it is asked for them
     * ({@link Graph#sourcesInOrder}): the last build's, with what it kept, when the claims are the same
     * (or equal) records and the articles' positions the same, else a new one.
     */
    abstract Map<String, List<ClaimSource>> sourcesInOrder(List<Claim> claims, Map<String, Integer> positions);

    /**
     * Each claim's kind of discrepancy and origins ({@link Discrepancies}), and the problems with them
     * added to {@code problems}: the last build's when the claims are the same (or equal) records.
     */
    abstract Discrepancies discrepancies(List<Claim> claims, List<Diagnostic> problems);

    /**
     * The ids of the articles that cite each actor ({@link GraphBuilder#citing}), the last build's when
     * the actors' ids are the same and each article has the same id and cites the same actors.
     */
    abstract Map<String, List<String>> citing(Content content);

    /**
     * The items whose body links to each item ({@link GraphBuilder#backlinks}), the last build's when
     * every item has the same kind and id, in the same order, and its body the same links.
     */
    abstract Map<String, List<Backlink>> backlinks(Content content);

    /** Keeps nothing and reuses nothing. */
    static final class None extends GraphMemo {
        private static final None INSTANCE = new None();

        @Override
        boolean keeps() {
            return false;
        }

        @Override
        Map<Object, List<Diagnostic>> references(Map<Kind, Collection<String>> ids,
                Map<Kind, Set<String>> unreadable) {
            return null;
        }

        @Override
        void keepReferences(Map<Kind, Collection<String>> ids, Map<Kind, Set<String>> unreadable,
                Map<Object, List<Diagnostic>> byItem) {
            // nothing kept
        }

        @Override
        int articlesMatched() {
            return 0;
        }

        @Override
        int articlesSearched() {
            return 0;
        }

        @Override
        void countMatched(int articles) {
            // nothing kept
        }

        @Override
        void countSearched(int articles) {
            // nothing kept
        }

        @Override
        Mentions mentions(MentionFinder.Patterns patterns) {
            return null;
        }

        @Override
        void keepMentions(MentionFinder.Patterns patterns, NameMatcher matcher,
                Map<String, MentionFinder.Matched> byArticle, MentionFinder.Index index) {
            // nothing kept
        }

        @Override
        Map<String, List<Wanted>> wanted(List<Claim> claims, List<String> articleIds) {
            return null;
        }

        @Override
        void keepWanted(List<Claim> claims, List<String> articleIds, Map<String, List<Wanted>> wanted) {
            // nothing kept
        }

        @Override
        Searched searched(String article, PlainText text) {
            return null;
        }

        @Override
        void keepSearched(String article, PlainText text, Quotes finder, List<Wanted> wanted, Found found) {
            // nothing kept
        }

        @Override
        void searchDone(Set<String> articles) {
            // nothing kept
        }

        @Override
        Relations relations(List<Actor> actors, List<Event> events, List<Claim> claims, List<String> articleIds) {
            return null;
        }

        @Override
        void keepRelations(List<Actor> actors, List<Event> events, List<Claim> claims, List<String> articleIds,
                Relations relations) {
            // nothing kept
        }

        @Override
        Map<String, String> sortKeys(Content content) {
            return Collation.sortKeys(content);
        }

        @Override
        List<Claim> topicOrder(Content content) {
            return TopicOrder.of(content);
        }

        @Override
        ArticleOrder articleOrder(List<Article> articles) {
            return ArticleOrder.of(articles);
        }

        @Override
        Map<String, List<ClaimSource>> sourcesInOrder(List<Claim> claims, Map<String, Integer> positions) {
            return new ConcurrentHashMap<>();
        }

        @Override
        Discrepancies discrepancies(List<Claim> claims, List<Diagnostic> problems) {
            return Discrepancies.of(claims, problems);
        }

        @Override
        Map<String, List<String>> citing(Content content) {
            return GraphBuilder.citing(content);
        }

        @Override
        Map<String, List<Backlink>> backlinks(Content content) {
            return GraphBuilder.backlinks(content);
        }
    }

    /** Keeps each build's findings, replacing the last build's. */
    static final class Keeping extends GraphMemo {
        private Mentions mentions;
        private List<Claim> wantedClaims = List.of();
        private List<String> wantedArticles = List.of();
        private Map<String, List<Wanted>> wanted;
        /** By article id: an entry is for the text it names, and stays while that article is searched. */
        private final Map<String, Searched> searched = new ConcurrentHashMap<>();
        private List<Actor> relatedActors = List.of();
        private List<Event> relatedEvents = List.of();
        private List<Claim> relatedClaims = List.of();
        private List<String> articleIds = List.of();
        private Relations relations;
        private final Kept<Map<String, String>> sortKeys = new Kept<>();
        private int matched;
        private int searchedCount;
        private Map<Kind, List<String>> checkedIds = Map.of();
        private Map<Kind, Set<String>> checkedUnreadable = Map.of();
        private Map<Object, List<Diagnostic>> references;
        private final Kept<List<Claim>> topicOrder = new Kept<>();
        private List<Article> orderedArticles = List.of();
        private ArticleOrder articleOrder;
        private final Kept<Map<String, List<ClaimSource>>> inOrder = new Kept<>();
        private final Kept<Compared> discrepancies = new Kept<>();
        private final Kept<Map<String, List<String>>> citing = new Kept<>();
        private final Kept<Map<String, List<Backlink>>> backlinks = new Kept<>();

        @Override
        boolean keeps() {
            return true;
        }

        @Override
        Map<Object, List<Diagnostic>> references(Map<Kind, Collection<String>> ids,
                Map<Kind, Set<String>> unreadable) {
            if (references == null || !checkedUnreadable.equals(unreadable) || checkedIds.size() != ids.size()) {
                return null;
            }
            for (Map.Entry<Kind, Collection<String>> e : ids.entrySet()) {
                List<String> last = checkedIds.get(e.getKey());
                if (last == null || last.size() != e.getValue().size()) {
                    return null;
                }
                int i = 0;
                for (String id : e.getValue()) {
                    if (!last.get(i++).equals(id)) {
                        return null;
                    }
                }
            }
            return references;
        }

        @Override
        void keepReferences(Map<Kind, Collection<String>> ids, Map<Kind, Set<String>> unreadable,
                Map<Object, List<Diagnostic>> byItem) {
            Map<Kind, List<String>> copy = new EnumMap<>(Kind.class);
            ids.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
            checkedIds = copy;
            checkedUnreadable = unreadable;
            references = byItem;
        }

        @Override
        int articlesMatched() {
            return matched;
        }

        @Override
        int articlesSearched() {
            return searchedCount;
        }

        @Override
        void countMatched(int articles) {
            matched = articles;
        }

        @Override
        void countSearched(int articles) {
            searchedCount = articles;
        }

        @Override
        Mentions mentions(MentionFinder.Patterns patterns) {
            return mentions != null && mentions.patterns().equals(patterns) ? mentions : null;
        }

        @Override
        void keepMentions(MentionFinder.Patterns patterns, NameMatcher matcher,
                Map<String, MentionFinder.Matched> byArticle, MentionFinder.Index index) {
            mentions = new Mentions(patterns, matcher, byArticle, index);
        }

        @Override
        Map<String, List<Wanted>> wanted(List<Claim> claims, List<String> articleIds) {
            return wanted != null && sameRecords(wantedClaims, claims) && wantedArticles.equals(articleIds)
                    ? wanted : null;
        }

        @Override
        void keepWanted(List<Claim> claims, List<String> articleIds, Map<String, List<Wanted>> wanted) {
            wantedClaims = claims;
            wantedArticles = articleIds;
            this.wanted = wanted;
        }

        @Override
        Searched searched(String article, PlainText text) {
            Searched last = searched.get(article);
            return last != null && last.text() == text ? last : null;
        }

        @Override
        void keepSearched(String article, PlainText text, Quotes finder, List<Wanted> wanted, Found found) {
            searched.put(article, new Searched(text, finder, List.copyOf(wanted), found));
        }

        @Override
        void searchDone(Set<String> articles) {
            if (searched.size() > articles.size()) {
                searched.keySet().retainAll(articles);
            }
        }

        @Override
        Relations relations(List<Actor> actors, List<Event> events, List<Claim> claims, List<String> articleIds) {
            return relations != null && sameRecords(relatedActors, actors) && sameRecords(relatedEvents, events)
                    && sameRecords(relatedClaims, claims) && this.articleIds.equals(articleIds) ? relations : null;
        }

        @Override
        void keepRelations(List<Actor> actors, List<Event> events, List<Claim> claims, List<String> articleIds,
                Relations relations) {
            relatedActors = actors;
            relatedEvents = events;
            relatedClaims = claims;
            this.articleIds = articleIds;
            this.relations = relations;
        }

        @Override
        Map<String, String> sortKeys(Content content) {
            List<Object> from = new ArrayList<>(content.actors());
            from.add(Collation.language(content));
            return sortKeys.get(from, () -> Collation.sortKeys(content));
        }

        @Override
        List<Claim> topicOrder(Content content) {
            List<Object> from = new ArrayList<>(content.claims());
            from.add(content.settings() == null ? List.of() : content.settings().topics());
            from.add(Collation.language(content));
            return topicOrder.get(from, () -> TopicOrder.of(content));
        }

        @Override
        ArticleOrder articleOrder(List<Article> articles) {
            boolean same = articleOrder != null && orderedArticles.size() == articles.size();
            for (int i = 0; same && i < articles.size(); i++) {
                Article before = orderedArticles.get(i);
                Article now = articles.get(i);
                same = before == now || before.id().equals(now.id()) && Objects.equals(before.published(), now.published());
            }
            articleOrder = same ? articleOrder.with(articles) : ArticleOrder.of(articles);
            orderedArticles = articles;
            return articleOrder;
        }

        @Override
        Map<String, List<ClaimSource>> sourcesInOrder(List<Claim> claims, Map<String, Integer> positions) {
            List<Object> from = new ArrayList<>(claims);
            from.add(positions);
            return inOrder.get(from, ConcurrentHashMap::new);
        }

        @Override
        Discrepancies discrepancies(List<Claim> claims, List<Diagnostic> problems) {
            Compared compared = discrepancies.get(new ArrayList<>(claims), () -> {
                List<Diagnostic> found = new ArrayList<>();
                return new Compared(Discrepancies.of(claims, found), List.copyOf(found));
            });
            problems.addAll(compared.problems());
            return compared.kinds();
        }

        /** The claims' kinds of discrepancy, with the problems found in working them out. */
        private record Compared(Discrepancies kinds, List<Diagnostic> problems) {
        }

        @Override
        Map<String, List<String>> citing(Content content) {
            List<Object> from = new ArrayList<>(content.actors().size() + 2 * content.articles().size() + 1);
            content.actors().forEach(a -> from.add(a.id()));
            from.add(content.articles().size());
            content.articles().forEach(a -> {
                from.add(a.id());
                from.add(a.cites());
            });
            return citing.get(from, () -> GraphBuilder.citing(content));
        }

        @Override
        Map<String, List<Backlink>> backlinks(Content content) {
            List<Object> from = new ArrayList<>();
            ReferenceCheck.forEachBody(content, (kind, id, body) -> {
                from.add(kind);
                from.add(id);
                from.add(body.links());
            });
            return backlinks.get(from, () -> GraphBuilder.backlinks(content));
        }

        /**
         * A value kept while what it is made from stays the same: a list of the very same objects, or
         * of equal ones (an item edited elsewhere than in what the value is made from is a new object).
         */
        private static final class Kept<T> {
            private List<Object> from = List.of();
            private T value;

            T get(List<Object> now, Supplier<T> make) {
                boolean same = value != null && from.size() == now.size();
                for (int i = 0; same && i < now.size(); i++) {
                    Object before = from.get(i);
                    Object after = now.get(i);
                    same = before == after || before.equals(after);
                }
                if (!same) {
                    value = make.get();
                }
                from = now;
                return value;
            }
        }

        /** Whether both lists hold the very same objects in the same order. */
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
    }
}
