package briefing.site;

import briefing.graph.Graph;
import briefing.model.Kind;
import briefing.render.PageRenderer;
import briefing.render.Route;
import java.util.ArrayList;
import java.util.List;

/** Where every page goes: the routes of the content format's output section, in a fixed order. */
final class SitePlan {
    /** The templates that render whole pages; any other template (layout.ftlh, includes) may be used by all. */
    static final java.util.Set<String> TEMPLATES = java.util.Set.of("index.ftlh", "compare.ftlh", "timeline.ftlh",
            "actors.ftlh", "events.ftlh", "sources.ftlh", "search.ftlh", "404.ftlh", "actor.ftlh", "event.ftlh",
            "article.ftlh", "claim.ftlh");

    private SitePlan() {
    }

    static List<Route> routes(Graph graph) {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("index.html", "index.ftlh", null, null));
        routes.add(new Route("compare.html", "compare.ftlh", null, null));
        routes.add(new Route("timeline.html", "timeline.ftlh", null, null));
        routes.add(new Route("actors/index.html", "actors.ftlh", null, null));
        routes.add(new Route("events/index.html", "events.ftlh", null, null));
        routes.add(new Route("sources/index.html", "sources.ftlh", null, null));
        routes.add(new Route("search.html", "search.ftlh", null, null));
        routes.add(new Route("404.html", "404.ftlh", null, null));
        graph.actors().forEach(a -> routes.add(PageRenderer.itemRoute(Kind.ACTOR, a.id())));
        graph.events().forEach(e -> routes.add(PageRenderer.itemRoute(Kind.EVENT, e.id())));
        graph.articles().forEach(a -> routes.add(PageRenderer.itemRoute(Kind.ARTICLE, a.id())));
        graph.claims().forEach(c -> routes.add(PageRenderer.itemRoute(Kind.CLAIM, c.id())));
        return routes;
    }
}
