package briefing.render;

import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.Event;
import java.util.List;

/**
 * Turns the graph into the view records of one page, with links relative to that page. It reads the
 * graph only through a {@link TrackedGraph}, so the page's inputs are known.
 *
 * <p>Each page kind's view is built by a class of its own ({@link ActorView}, {@link CompareView}, ...),
 * all sharing the links and list items of {@link PageView}. A view for a new page kind is a new
 * {@code PageView} subclass with a {@code build} method, and one method here that calls it.
 */
final class ViewBuilder {
    /** The words around a mention, by the article text and the mention's place. */
    record Excerpt(String text, int start, int end) {
    }

    private final TrackedGraph graph;
    private final MarkdownRenderer markdown;
    private final GenerationCache<Excerpt, String[]> excerpts;

    ViewBuilder(TrackedGraph graph, MarkdownRenderer markdown, GenerationCache<Excerpt, String[]> excerpts) {
        this.graph = graph;
        this.markdown = markdown;
        this.excerpts = excerpts;
    }

    TrackedGraph graph() {
        return graph;
    }

    Views.Index index(String root) {
        return new IndexView(graph, markdown, root).build();
    }

    Views.Compare compare(String root, Part part) {
        return new CompareView(graph, markdown, root).build(part);
    }

    Views.Pair pair(String root, String id) {
        return new PairView(graph, markdown, root).build(id);
    }

    Views.Timeline timeline(String root, Part part) {
        return new TimelineView(graph, markdown, root).build(part, true);
    }

    /** The list of events: the timeline's, without its day chart. */
    Views.Timeline events(String root, Part part) {
        return new TimelineView(graph, markdown, root).build(part, false);
    }

    List<Views.ActorGroup> actorGroups(String root, Part part) {
        return lists(root).actorGroups(part);
    }

    Views.ArticleList articleList(String root, Part part) {
        return lists(root).articleList(part);
    }

    Views.Search search(String root) {
        return new Views.Search(List.of(PageKind.Section.ACTORS.link(root), PageKind.Section.EVENTS.link(root),
                PageKind.Section.SOURCES.link(root), PageKind.Section.COMPARISON.link(root),
                PageKind.Section.TIMELINE.link(root)));
    }

    Views.Actor actor(String root, Actor a) {
        return new ActorView(graph, markdown, root, excerpts).build(a);
    }

    Views.Event event(String root, Event e) {
        return new EventView(graph, markdown, root).build(e);
    }

    Views.Article article(String root, Article a) {
        return new ArticleView(graph, markdown, root).build(a);
    }

    Views.Claim claim(String root, Claim c) {
        return new ClaimView(graph, markdown, root).build(c);
    }

    private ListViews lists(String root) {
        return new ListViews(graph, markdown, root);
    }
}
