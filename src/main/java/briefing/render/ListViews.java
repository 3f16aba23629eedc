package briefing.render;

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

    Views.ArticleList articleList() {
        return new Views.ArticleList(graph.articleOrder().stream().map(this::articleItem).toList());
    }

    Views.Search search() {
        List<Views.SearchItem> items = new ArrayList<>();
        for (Actor a : graph.actors()) {
            items.add(new Views.SearchItem("Actor", link(Kind.ACTOR, a.id()),
                    String.join(" ", a.aliases()) + " " + a.role()));
        }
        for (Event e : graph.timeline()) {
            items.add(new Views.SearchItem("Event", link(Kind.EVENT, e.id()), e.date().display() + " " + e.place()));
        }
        for (Claim c : graph.claims()) {
            items.add(new Views.SearchItem("Claim", link(Kind.CLAIM, c.id()), c.topic()));
        }
        for (String id : graph.articleOrder()) {
            Input.Card a = graph.card(id);
            items.add(new Views.SearchItem("Source", articleLink(a), outlet(a.outlet()) + " " + a.dateline()));
        }
        return new Views.Search(items);
    }
}
