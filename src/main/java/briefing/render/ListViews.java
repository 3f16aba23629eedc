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
 * the sources, and the search index, which lists every item of every kind.
 */
final class ListViews extends PageView {
    ListViews(TrackedGraph graph, MarkdownRenderer markdown, String root) {
        super(graph, markdown, root);
    }

    /** The sources of one part of the list, in the order of sources. */
    Views.ArticleList articleList(Part part) {
        return new Views.ArticleList(part.of(graph.get(Query.ARTICLE_ORDER)).stream().map(this::articleItem).toList());
    }

    Views.Search search() {
        List<Views.SearchItem> items = new ArrayList<>();
        for (Actor a : graph.get(Query.ACTORS)) {
            items.add(new Views.SearchItem("Actor", link(Kind.ACTOR, a.id()),
                    String.join(" ", a.aliases()) + " " + a.role()));
        }
        for (Event e : graph.get(Query.TIMELINE)) {
            items.add(new Views.SearchItem("Event", link(Kind.EVENT, e.id()), e.date().display() + " " + e.place()));
        }
        for (Claim c : graph.get(Query.CLAIMS)) {
            items.add(new Views.SearchItem("Claim", link(Kind.CLAIM, c.id()), c.topic()));
        }
        for (String id : graph.get(Query.ARTICLE_ORDER)) {
            ArticleCard a = graph.require(Query.CARD, id);
            String label = label(id);
            String outlet = a.outlet().equals(label) ? "" : " " + a.outlet();
            items.add(new Views.SearchItem("Source", articleLink(a), label + outlet + " " + a.dateline()));
        }
        return new Views.Search(items);
    }
}
