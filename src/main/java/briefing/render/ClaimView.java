package briefing.render;

import briefing.graph.ArticleCard;
import briefing.graph.Query;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Kind;
import briefing.model.Stance;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The view of a claim's page: each source's stance, value and quote (linked to the original), and the silent ones. */
final class ClaimView extends PageView {
    ClaimView(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    Views.Claim build(Claim c) {
        List<Views.SourceQuote> sources = new ArrayList<>();
        int silentCount = graph.get(Query.COUNT, Kind.ARTICLE, "") - (int) c.sources().stream().map(ClaimSource::article).distinct()
                .count();
        List<Views.Link> silent = new ArrayList<>();
        if (silentCount <= MAX_SILENT_LISTED) {
            for (String a : graph.get(Query.ARTICLE_ORDER)) {
                if (c.source(a).isEmpty()) {
                    silent.add(sourceLink(a));
                }
            }
        }
        for (ClaimSource s : sourcesInOrder(c)) {
            ArticleCard a = graph.require(Query.CARD, s.article());
            Views.Link source = sourceLink(a.id());
            String original = a.url().isEmpty() ? "" : a.url() + textFragment(s.quote());
            sources.add(new Views.SourceQuote(source, a.title(), words.date(a.published()),
                    s.stance().word(), stanceLabel(s.stance()), s.value(), s.quote(), s.note(), links(Kind.ACTOR, s.via()),
                    source.href() + "#q-" + c.id(), original));
        }
        List<String> origins = graph.get(Query.ORIGINS, c.id());
        return new Views.Claim(c.id(), c.statement(), c.topic(), difference(c), originsSummary(c, origins.size()),
                origins.stream().map(id -> origin(c, id)).toList(), html(c.body()), links(Kind.ACTOR, c.about()),
                c.event() == null ? null : link(Kind.EVENT, c.event().id()), sources, silent, silentCount,
                backlinks(Kind.CLAIM, c.id()), c.extra());
    }

    /**
     * How many sources carry a claim and from how many independent origins, in words: "4 sources,
     * 2 independent origins", "1 source, 1 origin", or, when some sources only dispute or differ,
     * "2 of 3 sources report or attribute it, 1 origin". Empty when no source reports or attributes it.
     */
    String originsSummary(Claim c, int origins) {
        int all = (int) c.sources().stream().map(ClaimSource::article).distinct().count();
        int carrying = (int) c.sources().stream().filter(s -> s.stance() == Stance.REPORTS
                || s.stance() == Stance.ATTRIBUTES).map(ClaimSource::article).distinct().count();
        if (carrying == 0) {
            return "";
        }
        String sources = carrying == all ? count("count.sources", all)
                : words.count("claim.carrying", carrying, count("count.sources", all));
        return words.format("claim.originsSummary", sources, count("count.origins", origins));
    }

    /** A {@code #:~:text=} fragment that makes a browser scroll to and highlight the quote in the original. */
    static String textFragment(String quote) {
        String[] words = Texts.oneLine(quote).split(" ");
        if (words.length <= 8) {
            return "#:~:text=" + encodeFragment(String.join(" ", words));
        }
        String start = String.join(" ", Arrays.copyOfRange(words, 0, 4));
        String end = String.join(" ", Arrays.copyOfRange(words, words.length - 4, words.length));
        return "#:~:text=" + encodeFragment(start) + "," + encodeFragment(end);
    }

    private static String encodeFragment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D")
                .replace("*", "%2A");
    }
}
