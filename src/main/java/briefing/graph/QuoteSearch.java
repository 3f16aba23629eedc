package briefing.graph;

import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Parallel;
import briefing.model.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks for each quote a claim takes from an article in that article's plain text, reporting each
 * one not found with the closest passage. Reuses what the memo kept for texts searched before.
 */
final class QuoteSearch {

    /** One article's prepared text and where each quote looked for in it was found (null: not found). */
    record Quotes(QuoteFinder finder, Map<String, int[]> found) {
        Quotes(String text) {
            this(new QuoteFinder(text), new ConcurrentHashMap<>());
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

    /** A quote looked for in an article: the claim and its source entry for that article. */
    record Wanted(Claim claim, ClaimSource source) {
    }

    /** The quotes found in one article, and the problems with those that were not. */
    record Found(String article, List<QuoteSpan> spans, List<Diagnostic> problems) {
    }

    private QuoteSearch() {
    }

    /** The quotes found, by article id. */
    static Map<String, List<QuoteSpan>> find(Content content, Map<String, Article> articles, GraphMemo memo,
            List<Diagnostic> problems) {
        List<String> articleIds = List.copyOf(articles.keySet());
        Map<String, List<Wanted>> wanted = memo.wanted(content.claims(), articleIds);
        if (wanted == null) {
            wanted = wanted(content.claims(), articles);
            memo.keepWanted(content.claims(), articleIds, wanted);
        }
        // The same text (the file was not read again) and the same claims looking in it give the same result;
        // only the other articles are searched, in parallel.
        List<Found> found = new ArrayList<>(wanted.size());
        List<Map.Entry<String, List<Wanted>>> toFind = new ArrayList<>();
        for (Map.Entry<String, List<Wanted>> entry : wanted.entrySet()) {
            PlainText text = articles.get(entry.getKey()).body().text();
            GraphMemo.Searched last = memo.searched(entry.getKey(), text);
            if (last != null && last.wanted().equals(entry.getValue())) {
                found.add(last.found());
            } else {
                toFind.add(entry);
            }
        }
        memo.countSearched(toFind.size());
        Found[] results = new Found[toFind.size()];
        Parallel.forEachIndex(toFind.size(), i -> {
            Map.Entry<String, List<Wanted>> entry = toFind.get(i);
            results[i] = findIn(articles.get(entry.getKey()), entry.getValue(), memo);
        });
        found.addAll(Arrays.asList(results));
        Map<String, List<QuoteSpan>> byArticle = new HashMap<>();
        for (Found f : found) {
            byArticle.put(f.article(), f.spans());
            problems.addAll(f.problems());
        }
        memo.searchDone(wanted.keySet());
        return byArticle;
    }

    /**
     * The quotes each article is looked for, by article id, in id order; each list unmodifiable, in the
     * order of the claims.
     */
    private static Map<String, List<Wanted>> wanted(List<Claim> claims, Map<String, Article> articles) {
        Map<String, List<Wanted>> wanted = new TreeMap<>();
        for (Claim c : claims) {
            for (ClaimSource s : c.sources()) {
                if (articles.containsKey(s.article())) {
                    wanted.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(new Wanted(c, s));
                }
            }
        }
        wanted.replaceAll((article, list) -> List.copyOf(list));
        return wanted;
    }

    /** Looks for the quotes claims take from one article; the memo keeps what was prepared. */
    private static Found findIn(Article article, List<Wanted> wanted, GraphMemo memo) {
        PlainText text = article.body().text();
        GraphMemo.Searched last = memo.searched(article.id(), text);
        Quotes finder = last != null ? last.finder() : new Quotes(text.text());
        List<QuoteSpan> spans = new ArrayList<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (Wanted w : wanted) {
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
        memo.keepSearched(article.id(), text, finder, wanted, result);
        return result;
    }

    /** At most about 300 characters, cut between words. */
    private static String abbreviate(String text) {
        if (text.length() <= 300) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 297);
        return text.substring(0, cut > 0 ? cut : 297) + " ...";
    }
}
