package briefing.render;

import briefing.graph.Mention;
import briefing.graph.QuoteSpan;
import briefing.model.Body;
import briefing.model.FileLink;
import briefing.model.ImageSize;
import briefing.model.Kind;
import briefing.model.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders Markdown bodies to HTML: {@code actor:}/{@code event:}/... links become relative links to
 * their pages, unsafe link targets are dropped, raw HTML is cleaned, and in article texts every
 * mention and quote is marked. Built once, safe to share between threads.
 */
final class MarkdownRenderer {
    /** Per-call state: where the page is and what to mark. One render call per thread at a time. */
    private record Scope(String root, Map<String, ImageSize> sizes, PlainText text, Highlights highlights,
            Set<String> anchored, List<QuoteSpan> pendingRefs) {
        Scope(String root, Map<String, ImageSize> sizes, PlainText text, Highlights highlights) {
            this(root, sizes, text, highlights, new HashSet<>(), new ArrayList<>());
        }
    }

    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

    private final HtmlSanitizer sanitizer;
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link link) {
                    itemHref(link.getDestination()).ifPresent(href -> {
                        attributes.put("href", href);
                        attributes.remove("rel");
                    });
                    if (FileLink.isStatic(link.getDestination())) {
                        attributes.put("href", root() + attributes.get("href"));
                    }
                } else if (node instanceof Image image && tag.equals("img")) {
                    Figures.image(image, attributes, root(), SCOPE.get() == null ? Map.of() : SCOPE.get().sizes());
                }
            })
            .nodeRendererFactory(MarkingTextRenderer::new)
            .nodeRendererFactory(Figures::new)
            .build();

    /** What a rendered body depends on: the key of the bodies a rebuild keeps. */
    record Key(Body body, String root, Map<String, ImageSize> sizes, Highlights highlights) {
    }

    /** Where rendered bodies are kept: nowhere, unless a rebuild hands its cache ({@link #keepIn}). */
    private volatile GenerationCache<Key, String> rendered = GenerationCache.none();

    MarkdownRenderer(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** Keeps the bodies rendered from now on in {@code cache}, and takes those it already holds from it. */
    void keepIn(GenerationCache<Key, String> cache) {
        rendered = cache;
    }

    /**
     * A body on a page whose way back to the site root is {@code root} ("" or "../").
     *
     * @param sizes the size of each picture of {@code static/} the body shows, by path, where known
     */
    String render(Body body, String root, Map<String, ImageSize> sizes) {
        return render(body, new Scope(root, sizes, null, null));
    }

    /** An article's text with its mentions linked and its quotes highlighted. */
    String renderArticle(Body body, String root, Map<String, ImageSize> sizes, Highlights highlights) {
        return render(body, new Scope(root, sizes, body.text(), highlights));
    }

    private String render(Body body, Scope scope) {
        return rendered.get(new Key(body, scope.root(), scope.sizes(), scope.highlights()),
                key -> renderNow(body, scope));
    }

    /** The way from the page being rendered to the site root. */
    private static String root() {
        Scope scope = SCOPE.get();
        return scope == null ? "" : scope.root();
    }

    private String renderNow(Body body, Scope scope) {
        SCOPE.set(scope);
        try {
            StringBuilder out = new StringBuilder(body.markdown().length() * 2);
            renderer.render(body.document(), out);
            if (scope.highlights() != null) {
                finish(scope, new HtmlWriter(out));
            }
            String html = out.toString();
            return body.rawHtml() ? sanitizer.clean(html) : html;
        } finally {
            SCOPE.remove();
        }
    }

    /** Quotes whose text was never rendered as text (inside code, say) still get their anchor and link. */
    private static void finish(Scope scope, HtmlWriter html) {
        for (QuoteSpan q : scope.highlights().quotes()) {
            if (scope.anchored().add(q.claim())) {
                html.tag("span", Map.of("id", q.anchor()));
                html.tag("/span");
                if (!scope.pendingRefs().contains(q)) {
                    scope.pendingRefs().add(q);
                }
            }
        }
        scope.pendingRefs().forEach(q -> claimRef(html, scope, q));
    }

    private static void claimRef(HtmlWriter html, Scope scope, QuoteSpan q) {
        Highlights h = scope.highlights();
        int number = h.claimNumbers().get(q.claim());
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", "claim-ref");
        attrs.put("href", scope.root() + Kind.CLAIM.route(q.claim()));
        attrs.put("aria-label", h.claimTitles().get(q.claim()));
        html.tag("a", attrs);
        html.text("[" + number + "]");
        html.tag("/a");
    }

    private static Optional<String> itemHref(String destination) {
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Scope scope = SCOPE.get();
        return Kind.byPrefix(destination.substring(0, colon))
                .map(kind -> (scope == null ? "" : scope.root()) + kind.route(destination.substring(colon + 1)));
    }

    /** Renders text nodes, splitting them where mentions and quotes begin and end. */
    private static final class MarkingTextRenderer implements NodeRenderer {
        private final HtmlWriter html;

        MarkingTextRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            Text text = (Text) node;
            Scope scope = SCOPE.get();
            int offset = scope == null || scope.text() == null ? -1 : scope.text().offsetOf(node);
            if (offset < 0) {
                html.text(text.getLiteral());
                return;
            }
            boolean inLink = insideLink(node);
            Highlights h = scope.highlights();
            String literal = text.getLiteral();
            int end = offset + literal.length();
            List<Integer> cuts = new ArrayList<>();
            cuts.add(offset);
            // Mentions are sorted and do not overlap: visit only those that touch this text node.
            List<Mention> mentions = h.mentions();
            for (int i = firstEndingAfter(mentions, offset); i < mentions.size() && mentions.get(i).start() < end; i++) {
                addCut(cuts, mentions.get(i).start(), offset, end);
                addCut(cuts, mentions.get(i).end(), offset, end);
            }
            List<QuoteSpan> quotes = h.near(offset, end);
            for (QuoteSpan q : quotes) {
                addCut(cuts, q.start(), offset, end);
                addCut(cuts, q.end(), offset, end);
            }
            cuts.add(end);
            cuts = cuts.stream().distinct().sorted().toList();
            for (int i = 0; i + 1 < cuts.size(); i++) {
                int a = cuts.get(i);
                int b = cuts.get(i + 1);
                piece(scope, h, quotes, literal.substring(a - offset, b - offset), a, b, inLink);
            }
        }

        private static void addCut(List<Integer> cuts, int at, int from, int to) {
            if (at > from && at < to) {
                cuts.add(at);
            }
        }

        /** One piece of a text node, from {@code a} to {@code b}; {@code quotes}: all that may touch the node. */
        private void piece(Scope scope, Highlights h, List<QuoteSpan> quotes, String piece, int a, int b,
                boolean inLink) {
            List<QuoteSpan> active = new ArrayList<>();
            for (QuoteSpan q : quotes) {
                if (q.start() <= a && q.end() >= b) {
                    active.add(q);
                }
            }
            for (QuoteSpan q : active) {
                Map<String, String> attrs = new LinkedHashMap<>();
                if (scope.anchored().add(q.claim())) {
                    attrs.put("id", q.anchor());
                }
                attrs.put("class", "quote");
                html.tag("mark", attrs);
            }
            Mention mention = mentionAt(h.mentions(), a);
            if (mention != null && inLink) {
                // Inside a link a mention cannot be a link, but the actor page still points at its anchor.
                if (mention.start() == a) {
                    html.tag("span", Map.of("id", mention.anchor()));
                    html.text(piece);
                    html.tag("/span");
                } else {
                    html.text(piece);
                }
                mention = null;
            } else if (mention != null) {
                Map<String, String> attrs = new LinkedHashMap<>();
                if (mention.start() == a) {
                    attrs.put("id", mention.anchor());
                }
                attrs.put("class", "mention");
                attrs.put("href", scope.root() + Kind.ACTOR.route(mention.actor()));
                html.tag("a", attrs);
                html.text(piece);
                html.tag("/a");
            } else {
                html.text(piece);
            }
            for (int i = active.size() - 1; i >= 0; i--) {
                html.tag("/mark");
            }
            for (QuoteSpan q : active) {
                if (q.end() == b) {
                    scope.pendingRefs().add(q);
                }
            }
            boolean midMention = mention != null && mention.end() > b;
            if (!inLink && !midMention && !scope.pendingRefs().isEmpty()) {
                scope.pendingRefs().forEach(q -> claimRef(html, scope, q));
                scope.pendingRefs().clear();
            }
        }

        private static int firstEndingAfter(List<Mention> mentions, int at) {
            int lo = 0;
            int hi = mentions.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (mentions.get(mid).end() <= at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static Mention mentionAt(List<Mention> mentions, int at) {
            int lo = 0;
            int hi = mentions.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Mention m = mentions.get(mid);
                if (m.end() <= at) {
                    lo = mid + 1;
                } else if (m.start() > at) {
                    hi = mid - 1;
                } else {
                    return m;
                }
            }
            return null;
        }

        private static boolean insideLink(Node node) {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof Link) {
                    return true;
                }
            }
            return false;
        }
    }
}
