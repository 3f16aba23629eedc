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
import briefing.model.FileLink;
import briefing.model.ImageSize;
import briefing.model.Kind;
import briefing.model.Published;
import briefing.model.Ref;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
    /** The words of the interface, in the briefing's language. */
    final Words words;

    PageView(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        this.graph = graph;
        this.markdown = markdown;
        this.root = root;
        this.words = words;
    }

    /** An editor's Markdown as HTML, its links relative to this page. */
    String html(Body body) {
        return markdown.render(body, root, imageSizes(body));
    }

    /** The size of each picture of {@code static/} a body shows, by path, where its header gives it. */
    Map<String, ImageSize> imageSizes(Body body) {
        Map<String, ImageSize> sizes = new TreeMap<>();
        for (FileLink file : body.files()) {
            if (file.image() && file.isStatic()) {
                ImageSize size = graph.get(Query.IMAGE_SIZE, file.staticPath());
                if (size != null) {
                    sizes.put(file.staticPath(), size);
                }
            }
        }
        return sizes.isEmpty() ? Map.of() : sizes;
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
            return new Views.Link(root + Kind.ARTICLE.route(id), words.format("origin.ownReporting", label(id)));
        }
        return link(Kind.ACTOR, id);
    }

    /**
     * Links to the items referred to, each once: actors in the order of lists of actors ({@link #inActorOrder}),
     * other items in the order of their first reference.
     */
    List<Views.Link> links(Kind kind, List<Ref> refs) {
        List<String> ids = refs.stream().map(Ref::id).distinct().toList();
        return (kind == Kind.ACTOR ? inActorOrder(ids) : ids).stream().map(id -> link(kind, id)).toList();
    }

    /**
     * Actor ids, each once, in the order lists of actors follow: by {@code sort_as}, else name, collated for the
     * briefing's language ({@link Query#SORT_KEY}), then by id.
     */
    List<String> inActorOrder(Collection<String> ids) {
        record Keyed(String key, String id) {
        }
        return ids.stream().distinct()
                .map(id -> new Keyed(Objects.requireNonNullElse(graph.get(Query.SORT_KEY, id), ""), id))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(Keyed::id)).map(Keyed::id).toList();
    }

    /** Links to the pages whose text links to this item. */
    List<Views.Link> backlinks(Kind kind, String id) {
        return graph.get(Query.LINKS_TO, kind, id).stream().map((Backlink b) -> link(b.kind(), b.id())).toList();
    }

    // ---- list items ----

    Views.EventItem eventItem(Event e) {
        return new Views.EventItem(link(Kind.EVENT, e.id()), words.date(e.date()), e.date().iso(),
                links(Kind.ACTOR, e.participants()), e.place());
    }

    Views.ArticleItem articleItem(String articleId) {
        ArticleCard a = graph.require(Query.CARD, articleId);
        return new Views.ArticleItem(sourceLink(a.id()), a.title(), words.date(a.published()),
                iso(a.published()), a.dateline(), graph.get(Query.CLAIMS_IN, a.id()).size());
    }

    Views.ClaimItem claimItem(Claim c) {
        return new Views.ClaimItem(link(Kind.CLAIM, c.id()), c.topic(), difference(c));
    }

    /** The actors grouped by kind, each in the order of lists of actors, as the actor list and the front page show them. */
    List<Views.ActorGroup> actorGroups() {
        return actorGroups(Part.whole(graph.get(Query.ACTORS).size()));
    }

    /**
     * The actors of one part of the list of actors, grouped by kind, each group in the order of lists of actors
     * ({@link #inActorOrder}): a group cut between two parts has its heading on both.
     */
    List<Views.ActorGroup> actorGroups(Part part) {
        List<Views.ActorGroup> groups = new ArrayList<>();
        List<Actor> actors = graph.get(Query.ACTORS);
        Map<String, Actor> byId = new HashMap<>(actors.size() * 2);
        actors.forEach(a -> byId.put(a.id(), a));
        List<String> order = inActorOrder(byId.keySet());
        int before = 0;
        for (ActorKind kind : ActorKind.values()) {
            List<Actor> ofKind = new ArrayList<>();
            for (String id : order) {
                Actor a = byId.get(id);
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
                ofKind = ofKind.subList(from, to);
            }
            List<Views.ActorItem> items = new ArrayList<>();
            for (Actor a : ofKind) {
                List<Mention> ms = graph.get(Query.MENTIONS_OF, a.id());
                items.add(new Views.ActorItem(link(Kind.ACTOR, a.id()), kind.word(), a.role(), ms.size(),
                        (int) ms.stream().map(Mention::article).distinct().count()));
            }
            groups.add(new Views.ActorGroup(kind.word(), words.text("actorKind." + kind.word() + ".plural"), items));
        }
        return groups;
    }

    /** How the sources of a claim differ, with the editor's note where they overruled the computed kind. */
    Views.Difference difference(Claim c) {
        DiscrepancyKind kind = graph.require(Query.KIND, c.id());
        DiscrepancyKind computed = graph.require(Query.COMPUTED_KIND, c.id());
        boolean overruled = c.discrepancy() != null;
        return new Views.Difference(kind.word(), kindLabel(kind), overruled ? c.discrepancyNote() : "",
                overruled ? kindLabel(computed) : "");
    }

    /** A kind of difference in words: "Sources conflict". */
    String kindLabel(DiscrepancyKind kind) {
        return words.text("kind." + kind.word());
    }

    /** A stance in words: "Reports". */
    String stanceLabel(Stance stance) {
        return words.text("stance." + stance.word());
    }

    /** How one article names one actor, under {@code link}: each spelling, most used first, and how often. */
    static Views.NameUse nameUse(Views.Link link, NameUse use) {
        List<Views.Spelling> spellings = new ArrayList<>(use.counts().size());
        use.counts().forEach((name, count) -> spellings.add(new Views.Spelling(name, count)));
        return new Views.NameUse(link, spellings, use.total());
    }

    /** A claim's sources in the order the site shows sources (by publication, then id). */
    List<ClaimSource> sourcesInOrder(Claim c) {
        return graph.get(Query.SOURCES_IN_ORDER, c.id());
    }

    // ---- words ----

    /** A count in words, in the plural form it takes: {@code count("count.sources", 4)} is "4 sources". */
    String count(String key, int n) {
        return words.count(key, n);
    }

    /** A publication date in ISO 8601, empty when unknown. */
    static String iso(Published published) {
        return published == null ? "" : published.iso();
    }
}
