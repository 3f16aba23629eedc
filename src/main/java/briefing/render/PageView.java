package briefing.render;

import briefing.graph.ArticleCard;
import briefing.graph.Backlink;
import briefing.graph.Mention;
import briefing.graph.NameUse;
import briefing.graph.Query;
import briefing.model.Actor;
import briefing.model.ActorKind;
import briefing.model.Body;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.DiscrepancyKind;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Published;
import briefing.model.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the views of all pages share: the graph, read only through a {@link TrackedGraph} so the page's
 * inputs are known; the way from the page to the site root; and the links and list items that look
 * the same on every page. Each page kind has a subclass ({@link ActorView}, {@link CompareView}, ...),
 * made for one page and then dropped, so every link it builds is relative to that page.
 */
abstract class PageView {
    /** Lists of silent items longer than this are given as a count: with many sources they say little. */
    static final int MAX_SILENT_LISTED = 40;

    final TrackedGraph graph;
    final MarkdownRenderer markdown;
    /** The way from this page to the site root ({@code ../../}), or an absolute address. */
    final String root;

    PageView(TrackedGraph graph, MarkdownRenderer markdown, String root) {
        this.graph = graph;
        this.markdown = markdown;
        this.root = root;
    }

    /** An editor's Markdown as HTML, its links relative to this page. */
    String html(Body body) {
        return markdown.render(body, root);
    }

    // ---- links ----

    Views.Link link(Kind kind, String id) {
        return new Views.Link(root + kind.route(id), graph.require(Query.TITLE, kind, id));
    }

    /** A link to a source, titled as the source. */
    Views.Link articleLink(ArticleCard a) {
        return new Views.Link(root + Kind.ARTICLE.route(a.id()), a.title());
    }

    /** A link to a source, named by its label ({@link Query#LABEL}). */
    Views.Link sourceLink(String articleId) {
        return new Views.Link(root + Kind.ARTICLE.route(articleId), label(articleId));
    }

    /** A source's short name, as headings, lists and cells show it. */
    String label(String articleId) {
        return graph.require(Query.LABEL, articleId);
    }

    /**
     * One of a claim's independent origins ({@link Query#ORIGINS}): an actor, linked by name, or a source's
     * own reporting ("EFE’s own reporting"), linked to the source.
     */
    Views.Link origin(Claim c, String id) {
        boolean ownReporting = c.source(id).map(s -> s.via().isEmpty()).orElse(false);
        if (ownReporting) {
            return new Views.Link(root + Kind.ARTICLE.route(id), label(id) + "’s own reporting");
        }
        return link(Kind.ACTOR, id);
    }

    /** Links to the items referred to, each once, in the order of their first reference. */
    List<Views.Link> links(Kind kind, List<Ref> refs) {
        return refs.stream().map(Ref::id).distinct().map(id -> link(kind, id)).toList();
    }

    /** Links to the pages whose text links to this item. */
    List<Views.Link> backlinks(Kind kind, String id) {
        return graph.get(Query.LINKS_TO, kind, id).stream().map((Backlink b) -> link(b.kind(), b.id())).toList();
    }

    // ---- list items ----

    Views.EventItem eventItem(Event e) {
        return new Views.EventItem(link(Kind.EVENT, e.id()), e.date().display(), e.date().start().iso(),
                links(Kind.ACTOR, e.participants()), e.place());
    }

    Views.ArticleItem articleItem(String articleId) {
        ArticleCard a = graph.require(Query.CARD, articleId);
        return new Views.ArticleItem(sourceLink(a.id()), a.title(), display(a.published()),
                iso(a.published()), a.dateline(), graph.get(Query.CLAIMS_IN, a.id()).size());
    }

    Views.ClaimItem claimItem(Claim c) {
        return new Views.ClaimItem(link(Kind.CLAIM, c.id()), c.topic(), difference(c));
    }

    /** The actors grouped by kind, each group by name, as the actor list and the front page show them. */
    List<Views.ActorGroup> actorGroups() {
        return actorGroups(Part.whole(graph.get(Query.ACTORS).size()));
    }

    /**
     * The actors of one part of the list of actors, grouped by kind, each group by name: a group cut between two
     * parts has its heading on both.
     */
    List<Views.ActorGroup> actorGroups(Part part) {
        List<Views.ActorGroup> groups = new ArrayList<>();
        int before = 0;
        for (ActorKind kind : ActorKind.values()) {
            List<Actor> ofKind = new ArrayList<>();
            for (Actor a : graph.get(Query.ACTORS)) {
                if (a.kind() == kind) {
                    ofKind.add(a);
                }
            }
            int from = Math.max(0, part.from() - before);
            int to = Math.min(ofKind.size(), part.to() - before);
            before += ofKind.size();
            if (from >= to) {
                continue;
            }
            if (from > 0 || to < ofKind.size()) {
                // Only a part of them: sorted by name first (cheap: a title each), then the part's items made.
                ofKind.sort(Comparator.comparing((Actor a) -> link(Kind.ACTOR, a.id()).text())
                        .thenComparing(a -> link(Kind.ACTOR, a.id()).href()));
                ofKind = ofKind.subList(from, to);
            }
            List<Views.ActorItem> items = new ArrayList<>();
            for (Actor a : ofKind) {
                List<Mention> ms = graph.get(Query.MENTIONS_OF, a.id());
                items.add(new Views.ActorItem(link(Kind.ACTOR, a.id()), kind.word(), a.role(), ms.size(),
                        (int) ms.stream().map(Mention::article).distinct().count()));
            }
            items.sort(Comparator.comparing((Views.ActorItem i) -> i.link().text()).thenComparing(i -> i.link().href()));
            groups.add(new Views.ActorGroup(kind.word(), kind.plural(), items));
        }
        return groups;
    }

    /** How the sources of a claim differ, with the editor's note where they overruled the computed kind. */
    Views.Difference difference(Claim c) {
        DiscrepancyKind kind = graph.require(Query.KIND, c.id());
        DiscrepancyKind computed = graph.require(Query.COMPUTED_KIND, c.id());
        boolean overruled = c.discrepancy() != null;
        return new Views.Difference(kind.word(), kind.label(), overruled ? c.discrepancyNote() : "",
                overruled ? computed.label() : "");
    }

    /** How one article names one actor, under {@code link}: each spelling, most used first, and how often. */
    static Views.NameUse nameUse(Views.Link link, NameUse use) {
        List<Views.Spelling> spellings = new ArrayList<>(use.counts().size());
        use.counts().forEach((name, count) -> spellings.add(new Views.Spelling(name, count)));
        return new Views.NameUse(link, spellings, use.total());
    }

    /** A claim's sources in the order the site shows sources (by publication, then id). */
    List<ClaimSource> sourcesInOrder(Claim c) {
        List<ClaimSource> sources = new ArrayList<>(c.sources());
        sources.sort(Comparator.comparingInt(s -> graph.articlePosition(s.article())));
        return sources;
    }

    // ---- words ----

    /** A count and a noun, the noun in the plural unless the count is one: "1 source", "4 sources". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A publication date as shown, empty when unknown. */
    static String display(Published published) {
        return published == null ? "" : published.display();
    }

    /** A publication date in ISO 8601, empty when unknown. */
    static String iso(Published published) {
        return published == null ? "" : published.iso();
    }
}
