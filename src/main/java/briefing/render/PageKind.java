package briefing.render;

import briefing.graph.Graph;
import briefing.graph.Query;
import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.Event;
import briefing.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of HTML page of the site, each declared once: where its pages go, its template, its
 * title and description, where it sits in the breadcrumbs and the navigation, its JSON-LD, and the
 * view its template receives. A new kind of page is one entry here, one view method and one template.
 * A kind has one page of its own, a page per item, or a page per pair of sources.
 *
 * @param <T> the item a page of this kind shows ({@link Actor}, ...), or {@link Void} for a page of its own
 */
public final class PageKind<T> {
    /** The site's front page: it has no breadcrumbs, and is the first of everyone else's. */
    private static final String FRONT = "index.html";

    static final PageKind<Void> INDEX = page("index", FRONT, Section.OVERVIEW,
            c -> c.views().index(c.root()),
            c -> c.site().title(),
            c -> c.site().subtitle().isEmpty() ? Texts.shorten(c.graph().get(Query.SETTINGS).body().text().text(), 155)
                    : c.site().subtitle());
    static final PageKind<Void> COMPARE = list("compare", "compare.html", Section.COMPARISON, Kind.CLAIM, 100,
            c -> c.views().compare(c.root(), c.part()),
            c -> "How the sources compare",
            c -> "Every claim of the briefing against every source: who reports it, who attributes"
                    + " it, who disputes it, who gives it differently, and who is silent.");
    static final PageKind<Void> TIMELINE = list("timeline", "timeline.html", Section.TIMELINE, Kind.EVENT, 500,
            c -> c.views().timeline(c.root(), c.part()),
            c -> "Timeline",
            c -> "The events of the briefing in date order.");
    static final PageKind<Void> ACTORS = list("actors", "actors/index.html", Section.ACTORS, Kind.ACTOR, 1000,
            c -> new Views.ActorList(c.views().actorGroups(c.root(), c.part())),
            c -> "Actors",
            c -> "The people, organizations and states in the briefing.");
    static final PageKind<Void> EVENTS = list("events", "events/index.html", Section.EVENTS, Kind.EVENT, 500,
            c -> c.views().events(c.root(), c.part()),
            c -> "Events",
            c -> "All events of the briefing.");
    static final PageKind<Void> SOURCES = list("sources", "sources/index.html", Section.SOURCES, Kind.ARTICLE, 1000,
            c -> c.views().articleList(c.root(), c.part()),
            c -> "Sources",
            c -> "The source articles of the briefing.");
    static final PageKind<Void> SEARCH = page("search", "search.html", Section.SEARCH,
            c -> c.views().search(c.root()),
            c -> "Search",
            c -> "Find actors, events, claims and sources of the briefing.");
    /** A server shows it at any depth: with a known address its links are absolute. */
    static final PageKind<Void> NOT_FOUND = new PageKind<>("404", "404.html", null, null, true, null, 0,
            c -> null,
            c -> "Page not found",
            c -> "This page does not exist.",
            JsonLd::page);
    static final PageKind<Actor> ACTOR = item("actor", Query.ACTOR, Section.ACTORS,
            c -> c.views().actor(c.root(), c.item()),
            c -> c.item().name(),
            c -> describe(c.item().body().text().text(), c.item().name() + (c.item().role().isEmpty() ? ""
                    : ", " + c.item().role()) + ": profile and mentions in the sources."),
            JsonLd::actor);
    static final PageKind<Event> EVENT = item("event", Query.EVENT, Section.EVENTS,
            c -> c.views().event(c.root(), c.item()),
            c -> c.item().title(),
            c -> describe(c.item().body().text().text(), c.item().title() + ", " + c.item().date().display() + "."),
            JsonLd::event);
    static final PageKind<Article> ARTICLE = item("article", Query.ARTICLE, Section.SOURCES,
            c -> c.views().article(c.root(), c.item()),
            c -> c.item().title(),
            c -> describe(c.item().body().text().text(), c.item().title()),
            JsonLd::article);
    static final PageKind<Claim> CLAIM = item("claim", Query.CLAIM, Section.COMPARISON,
            c -> c.views().claim(c.root(), c.item()),
            c -> c.item().statement(),
            c -> "How each source treats the claim: " + Texts.shorten(c.item().statement(), 120),
            JsonLd::claim);
    /** Two sources side by side: a page for each pair while the comparison is a table. */
    static final PageKind<Void> PAIR = pairs("pair", Section.COMPARISON,
            c -> c.views().pair(c.root(), c.route().id()),
            c -> pairLabels(c, " side by side with "),
            c -> "Every claim that " + pairLabels(c, " or ") + " covers, with how each of them treats it.",
            JsonLd::page);

    /** Every kind, in the order the site lists its pages: the pages of their own, then the items'. */
    private static final List<PageKind<?>> ALL = List.of(INDEX, COMPARE, TIMELINE, ACTORS, EVENTS, SOURCES, SEARCH,
            NOT_FOUND, ACTOR, EVENT, ARTICLE, CLAIM, PAIR);
    private static final Set<String> TEMPLATES = ALL.stream().map(k -> k.template).collect(Collectors.toSet());

    /** The sections of the navigation bar, in its order; each page lights up at most one. */
    enum Section {
        OVERVIEW(FRONT, "Overview"),
        COMPARISON("compare.html", "Comparison"),
        TIMELINE("timeline.html", "Timeline"),
        ACTORS("actors/index.html", "Actors"),
        EVENTS("events/index.html", "Events"),
        SOURCES("sources/index.html", "Sources"),
        SEARCH("search.html", "Search");

        private final String path;
        private final String text;

        Section(String path, String text) {
            this.path = path;
            this.text = text;
        }

        Views.Link link(String root) {
            return new Views.Link(root + path, text);
        }

        /** The navigation bar of a page that lights up {@code current} (or none). */
        static List<Views.NavItem> nav(String root, Section current) {
            Section[] all = values();
            List<Views.NavItem> items = new ArrayList<>(all.length);
            for (Section s : all) {
                items.add(new Views.NavItem(root + s.path, s.text, s == current));
            }
            return List.copyOf(items);
        }
    }

    /**
     * What the functions of a kind are given for one page.
     *
     * @param item   the page's item, or null for a page of its own
     * @param root   the way from the page to the site root, prepended to every link on it
     * @param part   which part of its list the page shows (the whole list for pages that are not cut)
     */
    record Context<T>(Route route, T item, ViewBuilder views, Views.Site site, String root, Part part) {
        TrackedGraph graph() {
            return views.graph();
        }
    }

    private final String name;
    private final String template;
    /** The page's path, or null for a page per item. */
    private final String path;
    /** The item each page of this kind shows, or null for a page of its own. */
    private final Query<T> item;
    /** Whether there is a page for each pair of sources (while the comparison is a table): neither a path nor an item. */
    private final boolean pairs;
    /** The list page an item page's breadcrumbs go through, or null. */
    private final Section parent;
    private final Section section;
    private final boolean anyDepth;
    /** For a list cut into parts past {@link #partSize} items: the kind of item it lists; else null. */
    private final Kind listed;
    private final int partSize;
    private final Function<Context<T>, Object> view;
    private final Function<Context<T>, String> title;
    private final Function<Context<T>, String> description;
    private final BiConsumer<Map<String, Object>, Context<T>> jsonLd;

    private PageKind(String name, String path, Query<T> item, Section section, boolean anyDepth, Kind listed,
            int partSize, Function<Context<T>, Object> view,
            Function<Context<T>, String> title, Function<Context<T>, String> description,
            BiConsumer<Map<String, Object>, Context<T>> jsonLd) {
        this.name = name;
        this.template = name + ".ftlh";
        this.path = path;
        this.item = item;
        this.pairs = path == null && item == null;
        this.parent = item == null && !pairs ? null : section;
        this.section = section;
        this.anyDepth = anyDepth;
        this.listed = listed;
        this.partSize = partSize;
        this.view = view;
        this.title = title;
        this.description = description;
        this.jsonLd = jsonLd;
    }

    /** A page of its own at {@code path}, described in JSON-LD as a web page. */
    private static PageKind<Void> page(String name, String path, Section section, Function<Context<Void>, Object> view,
            Function<Context<Void>, String> title, Function<Context<Void>, String> description) {
        return new PageKind<>(name, path, null, section, false, null, 0, view, title, description, JsonLd::page);
    }

    /**
     * A page of its own at {@code path} listing every item of {@code listed}; past {@code partSize} of them,
     * cut into numbered parts ({@link Part}), each with links to the others.
     */
    private static PageKind<Void> list(String name, String path, Section section, Kind listed, int partSize,
            Function<Context<Void>, Object> view, Function<Context<Void>, String> title,
            Function<Context<Void>, String> description) {
        return new PageKind<>(name, path, null, section, false, listed, partSize, view, title, description,
                JsonLd::page);
    }

    /**
     * A page for each pair of sources while the comparison is a table, at {@link PairView#route}; its
     * breadcrumbs go through its section, and its route's id names both sources ({@link PairView#id}).
     */
    private static PageKind<Void> pairs(String name, Section section, Function<Context<Void>, Object> view,
            Function<Context<Void>, String> title, Function<Context<Void>, String> description,
            BiConsumer<Map<String, Object>, Context<Void>> jsonLd) {
        return new PageKind<>(name, null, null, section, false, null, 0, view, title, description, jsonLd);
    }

    /** A page for each item of {@code kind}, at {@link Kind#route}; its breadcrumbs go through its section. */
    private static <T> PageKind<T> item(String name, Query<T> item, Section section, Function<Context<T>, Object> view,
            Function<Context<T>, String> title, Function<Context<T>, String> description,
            BiConsumer<Map<String, Object>, Context<T>> jsonLd) {
        return new PageKind<>(name, null, item, section, false, null, 0, view, title, description, jsonLd);
    }

    /** Every page of the graph's site, in a fixed order: the pages of their own, then each item's. */
    public static List<Route> routes(Graph graph) {
        List<Route> routes = new ArrayList<>();
        for (PageKind<?> kind : ALL) {
            if (kind.pairs) {
                pairs(graph).forEach(id -> routes.add(new Route(PairView.route(PairView.first(id), PairView.second(id)),
                        kind, id)));
            } else if (kind.item == null) {
                int parts = kind.listed == null ? 1 : Part.count(graph.count(kind.listed), kind.partSize);
                if (parts == 1) {
                    routes.add(new Route(kind.path, kind, null));
                }
                for (int k = 1; parts > 1 && k <= parts; k++) {
                    routes.add(new Route(Part.path(kind.path, k), kind, Part.id(k, parts)));
                }
            } else {
                Kind items = kind.item.itemKind();
                ids(graph, items).forEach(id -> routes.add(new Route(items.route(id), kind, id)));
            }
        }
        return routes;
    }

    /** Whether a template file renders whole pages; any other (layout.ftlh, includes) may be used by all. */
    public static boolean isPageTemplate(String name) {
        return TEMPLATES.contains(name);
    }

    /** The template file that renders pages of this kind ({@code actor.ftlh}). */
    public String template() {
        return template;
    }

    /** Everything the template of one page of this kind receives. */
    PageModel model(Route route, Views.Site site, ViewBuilder views) {
        String root = anyDepth && !site.baseUrl().isEmpty() ? site.baseUrl() : route.root();
        T shown = item == null ? null : views.graph().require(item, route.id());
        Part part = listed == null ? null
                : Part.of(route.id(), views.graph().get(Query.COUNT, listed, ""), partSize);
        Context<T> c = new Context<>(route, shown, views, site, root, part);
        Object v = view.apply(c);
        String t = title.apply(c) + (part != null && part.split() ? ", part " + part.number() + " of " + part.count() : "");
        String d = description.apply(c);
        String canonical = site.baseUrl().isEmpty() ? "" : site.baseUrl() + route.path();
        return new PageModel(template, site, new Views.Page(name, t, d, root, route.path(), canonical,
                breadcrumbs(route, root), Section.nav(root, section), JsonLd.of(c, jsonLd), parts(part, root)), v);
    }

    /** The links between the parts of a list cut into parts, or null for a page that is not. */
    private Views.Parts parts(Part part, String root) {
        if (part == null || !part.split()) {
            return null;
        }
        List<Views.PartLink> links = new ArrayList<>(part.count());
        for (int k = 1; k <= part.count(); k++) {
            links.add(new Views.PartLink(root + Part.path(path, k), k, k == part.number()));
        }
        String previous = part.number() == 1 ? null : links.get(part.number() - 2).href();
        String next = part.number() == part.count() ? null : links.get(part.number()).href();
        return new Views.Parts(part.number(), part.count(), part.from() + 1, part.to(), links, previous, next);
    }

    /** The ids of the pages of two sources: each pair, the first before the second in the order of sources. */
    private static List<String> pairs(Graph graph) {
        List<Article> order = graph.articleOrder();
        List<String> ids = new ArrayList<>();
        if (order.size() <= CompareView.MATRIX_MAX_SOURCES) {
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    ids.add(PairView.id(order.get(i).id(), order.get(j).id()));
                }
            }
        }
        return ids;
    }

    /** The labels of the two sources of a page side by side, joined by {@code and}. */
    private static String pairLabels(Context<Void> c, String and) {
        String id = c.route().id();
        return c.graph().require(Query.LABEL, PairView.first(id)) + and
                + c.graph().require(Query.LABEL, PairView.second(id));
    }

    /** The ids of the items of a kind, in id order. */
    private static Stream<String> ids(Graph graph, Kind kind) {
        return switch (kind) {
            case ARTICLE -> graph.articles().stream().map(Article::id);
            case ACTOR -> graph.actors().stream().map(Actor::id);
            case EVENT -> graph.events().stream().map(Event::id);
            case CLAIM -> graph.claims().stream().map(Claim::id);
        };
    }

    private List<Views.Link> breadcrumbs(Route route, String root) {
        if (route.path().equals(FRONT)) {
            return List.of();
        }
        Views.Link front = new Views.Link(root + FRONT, "Briefing");
        return parent == null ? List.of(front) : List.of(front, parent.link(root));
    }

    private static String describe(String text, String fallback) {
        String t = Texts.shorten(text, 155);
        return t.isEmpty() ? fallback : t;
    }

    @Override
    public String toString() {
        return name;
    }
}
