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
    ListViews(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    Views.ArticleList articleList() {
        return new Views.ArticleList(graph.get(Query.ARTICLE_ORDER).stream().map(this::articleItem).toList());
    }

    Views.Search search() {
        List<Views.SearchItem> items = new ArrayList<>();
        for (Actor a : graph.get(Query.ACTORS)) {
            items.add(item("actor", link(Kind.ACTOR, a.id()),
                    String.join(" ", a.aliases()) + " " + a.role()));
        }
        for (Event e : graph.get(Query.TIMELINE)) {
            items.add(item("event", link(Kind.EVENT, e.id()), words.date(e.date()) + " " + e.place()));
        }
        for (Claim c : graph.get(Query.CLAIMS)) {
            items.add(item("claim", link(Kind.CLAIM, c.id()), c.topic()));
        }
        for (String id : graph.get(Query.ARTICLE_ORDER)) {
            ArticleCard a = graph.require(Query.CARD, id);
            String label = label(id);
            String outlet = a.outlet().equals(label) ? "" : " " + a.outlet();
            items.add(item("source", articleLink(a), label + outlet + " " + a.dateline()));
        }
        return new Views.Search(items);
    }

    /** An item of the search index: its kind ({@code actor}) and that kind in words. */
    private Views.SearchItem item(String kind, Views.Link link, String terms) {
        return new Views.SearchItem(kind, words.text("search.kind." + kind), link, terms);
    }
}
