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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds every mention of every actor's names in the articles' plain text, reporting a name given
 * to two actors. An actor's {@code except} phrases are looked for too: a name of the actor inside one
 * of them is no mention. Reuses what the memo kept for texts it matched before.
 */
final class MentionFinder {

    /**
     * Mentions by article id and by actor id, every name that is a mention somewhere, for each name found
     * only inside a longer phrase the first such phrase, and every {@code except} phrase that occurs.
     */
    record Index(Map<String, List<Mention>> byArticle, Map<String, List<Mention>> byActor, Set<String> namesUsed,
            Map<String, String> inside, Set<String> exceptsUsed) {
    }

    /**
     * The texts looked for, each once: the actor it is a name of ("" for none) and the actors it is an
     * {@code except} phrase of (sorted; empty for none).
     */
    record Patterns(List<String> texts, List<String> owners, List<List<String>> exceptOf, boolean hasExcepts) {
    }

    /**
     * What one article's text gave: its mentions, the names found there only inside a longer phrase (with
     * the first such phrase), and the {@code except} phrases that occur in it.
     */
    record Found(List<Mention> mentions, Map<String, String> inside, Set<String> excepts) {
    }

    /** What an article's text gave, with the text: the memo reuses it while the article has that very text. */
    record Matched(PlainText text, Found found) {
    }

    private MentionFinder() {
    }

    static Index find(Content content, Map<String, Actor> actors, GraphMemo memo, List<Diagnostic> problems) {
        Patterns patterns = patterns(content, actors, problems);
        Map<String, List<Mention>> byArticle = new HashMap<>();
        if (patterns.texts().isEmpty()) {
            memo.countMatched(0);
            return new Index(byArticle, new TreeMap<>(), Set.of(), Map.of(), Set.of());
        }
        GraphMemo.Mentions last = memo.mentions(patterns);
        NameMatcher matcher = last != null ? last.matcher() : new NameMatcher(patterns.texts());
        if (last == null) {
            checkExcepts(content, matcher, patterns, problems);
        }
        Map<String, Matched> lastByArticle = last != null ? last.byArticle() : Map.of();
        // The mentions of texts matched before are looked up at once; only the other texts are matched, in parallel.
        List<Found> found = new ArrayList<>(content.articles().size());
        List<Integer> toMatch = new ArrayList<>();
        for (Article article : content.articles()) {
            Matched before = lastByArticle.get(article.id());
            boolean valid = before != null && before.text() == article.body().text();
            if (!valid) {
                toMatch.add(found.size());
            }
            found.add(valid ? before.found() : null);
        }
        memo.countMatched(toMatch.size());
        // Each index is set by one thread; forEach returns once all are set and visible here.
        Parallel.forEach(toMatch, i -> found.set(i, match(content.articles().get(i), matcher, patterns)));
        // An edited article whose findings did not change keeps its last ones, and when none changed
        // the last index is kept whole: unchanged lists stay the same objects, cheap to compare later.
        Index lastIndex = last != null ? last.index() : null;
        boolean same = lastIndex != null && lastIndex.byArticle().size() == found.size();
        Map<String, Matched> keep = new HashMap<>(found.size() * 2);
        List<Found> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Article article = content.articles().get(i);
            Matched matched = lastByArticle.get(article.id());
            Found before = matched == null ? null : matched.found();
            Found now = found.get(i);
            if (before != null && now != before && before.mentions().equals(now.mentions())) {
                now = new Found(before.mentions(), now.inside(), now.excepts());
            }
            same &= before != null && now.mentions() == before.mentions() && now.inside().equals(before.inside())
                    && now.excepts().equals(before.excepts());
            byArticle.put(article.id(), now.mentions());
            keep.put(article.id(), new Matched(article.body().text(), now));
            kept.add(now);
        }
        Index index = same ? lastIndex : index(content, byArticle, kept);
        memo.keepMentions(patterns, matcher, keep, index);
        return index;
    }

    /** Every name and {@code except} phrase, each text once; a name given to two actors is an error. */
    private static Patterns patterns(Content content, Map<String, Actor> actors, List<Diagnostic> problems) {
        List<String> texts = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<List<String>> exceptOf = new ArrayList<>();
        Map<String, Integer> at = new HashMap<>();
        Map<String, Alias> seen = new HashMap<>();
        for (Actor actor : content.actors()) {
            for (Alias alias : actor.names()) {
                Integer i = at.get(alias.text());
                String other = i == null ? null : owners.get(i);
                if (other != null && !other.equals(actor.id())) {
                    problems.add(Diagnostic.error(alias.pos(), "'" + alias.text() + "' is a name of two actors: "
                            + actor.path() + " and " + actors.get(other).path()
                            + " (line " + seen.get(alias.text()).pos().line() + "); each name must lead to one actor"));
                    continue;
                }
                if (other == null) {
                    seen.put(alias.text(), alias);
                    at.put(alias.text(), texts.size());
                    texts.add(alias.text());
                    owners.add(actor.id());
                    exceptOf.add(new ArrayList<>());
                }
            }
        }
        for (Actor actor : content.actors()) {
            for (Alias phrase : actor.except()) {
                Integer i = at.get(phrase.text());
                if (i == null) {
                    i = texts.size();
                    at.put(phrase.text(), i);
                    texts.add(phrase.text());
                    owners.add("");
                    exceptOf.add(new ArrayList<>());
                }
                exceptOf.get(i).add(actor.id());
            }
        }
        return new Patterns(List.copyOf(texts), List.copyOf(owners),
                exceptOf.stream().map(List::copyOf).toList(), exceptOf.stream().anyMatch(e -> !e.isEmpty()));
    }

    /** An {@code except} phrase in which none of its actor's names occurs changes nothing: a warning. */
    private static void checkExcepts(Content content, NameMatcher matcher, Patterns patterns,
            List<Diagnostic> problems) {
        for (Actor actor : content.actors()) {
            for (Alias phrase : actor.except()) {
                boolean containsName = matcher.findAll(phrase.text()).stream()
                        .anyMatch(m -> patterns.owners().get(m.pattern()).equals(actor.id()));
                if (!containsName) {
                    problems.add(Diagnostic.warning(phrase.pos(), "the 'except' phrase '" + phrase.text()
                            + "' contains none of this actor's names as whole words, so it changes nothing"));
                }
            }
        }
    }

    private static Found match(Article article, NameMatcher matcher, Patterns patterns) {
        List<NameMatcher.Match> all = matcher.findAll(article.body().text().text());
        Map<String, String> inside = new HashMap<>();
        Set<String> excepts = new HashSet<>();
        List<NameMatcher.Match> names = all;
        if (patterns.hasExcepts()) {
            List<NameMatcher.Match> phrases = new ArrayList<>();
            for (NameMatcher.Match m : all) {
                if (!patterns.exceptOf().get(m.pattern()).isEmpty()) {
                    phrases.add(m);
                    excepts.add(matcher.pattern(m.pattern()));
                }
            }
            names = new ArrayList<>(all.size());
            for (NameMatcher.Match m : all) {
                String owner = patterns.owners().get(m.pattern());
                if (owner.isEmpty()) {
                    continue; // only an except phrase: it hides its actors' names, nobody else's
                }
                NameMatcher.Match hiding = hiding(m, owner, phrases, patterns);
                if (hiding == null) {
                    names.add(m);
                } else {
                    inside.putIfAbsent(matcher.pattern(m.pattern()), matcher.pattern(hiding.pattern()));
                }
            }
        }
        List<Mention> list = new ArrayList<>();
        int covered = 0;
        NameMatcher.Match last = null;
        for (NameMatcher.Match m : names) {
            if (m.start() >= covered) {
                list.add(new Mention(article.id(), patterns.owners().get(m.pattern()), matcher.pattern(m.pattern()),
                        m.start(), m.end(), list.size() + 1));
                covered = m.end();
                last = m;
            } else {
                inside.putIfAbsent(matcher.pattern(m.pattern()), matcher.pattern(last.pattern()));
            }
        }
        return new Found(list, inside.isEmpty() ? Map.of() : Map.copyOf(inside),
                excepts.isEmpty() ? Set.of() : Set.copyOf(excepts));
    }

    /** The except phrase of {@code owner} that holds this match of one of its names, or null. */
    private static NameMatcher.Match hiding(NameMatcher.Match m, String owner, List<NameMatcher.Match> phrases,
            Patterns patterns) {
        for (NameMatcher.Match p : phrases) {
            if (p.start() <= m.start() && m.end() <= p.end() && p != m
                    && patterns.exceptOf().get(p.pattern()).contains(owner)) {
                return p;
            }
        }
        return null;
    }

    private static Index index(Content content, Map<String, List<Mention>> byArticle, List<Found> found) {
        Map<String, List<Mention>> byActor = new HashMap<>();
        Set<String> namesUsed = new HashSet<>();
        Map<String, String> inside = new HashMap<>();
        Set<String> exceptsUsed = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            for (Mention m : byArticle.get(content.articles().get(i).id())) {
                byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m);
                namesUsed.add(m.name());
            }
            // In article order: the phrase named for a name is the first article's.
            found.get(i).inside().forEach(inside::putIfAbsent);
            exceptsUsed.addAll(found.get(i).excepts());
        }
        return new Index(byArticle, new TreeMap<>(byActor), namesUsed, inside, exceptsUsed);
    }
}
