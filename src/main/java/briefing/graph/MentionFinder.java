package briefing.graph;

import briefing.model.Actor;
import briefing.model.Alias;
import briefing.model.Article;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Parallel;
import briefing.model.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds every mention of every actor's names in the articles' plain text, reporting a name given
 * to two actors. Reuses what the memo kept for texts it matched before.
 */
final class MentionFinder {

    /** Mentions by article id and by actor id, and every name that occurs. */
    record Index(Map<String, List<Mention>> byArticle, Map<String, List<Mention>> byActor, Set<String> namesUsed) {
    }

    private MentionFinder() {
    }

    static Index find(Content content, Map<String, Actor> actors, GraphMemo memo, List<Diagnostic> problems) {
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
            memo.countMatched(0);
            return new Index(byArticle, new TreeMap<>(), Set.of());
        }
        GraphMemo.Mentions last = memo.mentions(names, owners);
        NameMatcher matcher = last != null ? last.matcher() : new NameMatcher(names);
        Map<PlainText, List<Mention>> known = last != null ? last.byText() : Map.of();
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
        memo.countMatched(toMatch.size());
        // Each index is set by one thread; forEach returns once all are set and visible here.
        Parallel.forEach(toMatch, i -> found.set(i, match(content.articles().get(i), matcher, owners)));
        // An edited article whose mentions did not change keeps its last list, and when no list changed
        // the last index is kept whole: unchanged lists stay the same objects, cheap to compare later.
        Index lastIndex = last != null ? last.index() : null;
        boolean same = lastIndex != null && lastIndex.byArticle().size() == found.size();
        Map<PlainText, List<Mention>> keep = new IdentityHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Article article = content.articles().get(i);
            List<Mention> before = lastIndex == null ? null : lastIndex.byArticle().get(article.id());
            List<Mention> list = before != null && before.equals(found.get(i)) ? before : List.copyOf(found.get(i));
            same &= list == before;
            byArticle.put(article.id(), list);
            keep.put(article.body().text(), list);
        }
        Index index = same ? lastIndex : index(content, byArticle);
        memo.keepMentions(names, owners, matcher, keep, index);
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

    private static Index index(Content content, Map<String, List<Mention>> byArticle) {
        Map<String, List<Mention>> byActor = new HashMap<>();
        Set<String> namesUsed = new HashSet<>();
        for (Article article : content.articles()) {
            for (Mention m : byArticle.get(article.id())) {
                byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m);
                namesUsed.add(m.name());
            }
        }
        return new Index(byArticle, new TreeMap<>(byActor), namesUsed);
    }
}
