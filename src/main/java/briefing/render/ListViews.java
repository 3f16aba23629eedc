package briefing.render;

import briefing.graph.Query;

/**
 * The views of the pages that list everything of a kind: the actors by kind (from {@link PageView}),
 * and the sources.
 */
final class ListViews extends PageView {
    ListViews(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    /** The sources of one part of the list, in the order of sources. */
    Views.ArticleList articleList(Part part) {
        return new Views.ArticleList(part.of(graph.get(Query.ARTICLE_ORDER)).stream().map(this::articleItem).toList());
    }
}
