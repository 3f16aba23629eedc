package briefing.graph;

import briefing.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles in the order the site lists them ({@link Graph#ARTICLE_ORDER}), where each stands in it
 * (from 0, by id), and the permutation that makes the order from the articles as the content lists them.
 */
record ArticleOrder(List<Article> order, Map<String, Integer> positions, int[] permutation) {

    /** The order of these articles, sorted. */
    static ArticleOrder of(List<Article> articles) {
        Integer[] at = new Integer[articles.size()];
        Arrays.setAll(at, i -> i);
        Arrays.sort(at, (a, b) -> Graph.ARTICLE_ORDER.compare(articles.get(a), articles.get(b)));
        int[] permutation = new int[at.length];
        Map<String, Integer> positions = new HashMap<>(at.length * 2);
        for (int k = 0; k < at.length; k++) {
            permutation[k] = at[k];
            positions.put(articles.get(at[k]).id(), k);
        }
        return new ArticleOrder(arrange(articles, permutation), positions, permutation);
    }

    /** The same order, of other articles with the same ids and publication dates, at the same places. */
    ArticleOrder with(List<Article> articles) {
        return new ArticleOrder(arrange(articles, permutation), positions, permutation);
    }

    private static List<Article> arrange(List<Article> articles, int[] permutation) {
        List<Article> order = new ArrayList<>(permutation.length);
        for (int i : permutation) {
            order.add(articles.get(i));
        }
        return List.copyOf(order);
    }
}
