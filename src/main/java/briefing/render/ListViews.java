package briefing.render;

import briefing.graph.ArticleCard;
import briefing.graph.Query;
import briefing.model.Actor;
import briefing.model.Claim;
import briefing.model.Event;
import briefing.model.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The views of the pages that list everything of a kind: the actors by kind (from {@link PageView}),
 * and the sources.
 */
final class ListViews extends PageView {
    ListViews(TrackedGraph graph, MarkdownRenderer markdown, String root) {
        super(graph, markdown, root);
    }

    /** The sources of one part of the list, in the order of sources. */
    Views.ArticleList articleList(Part part) {
        return new Views.ArticleList(part.of(graph.get(Query.ARTICLE_ORDER)).stream().map(this::articleItem).toList());
    }
}
