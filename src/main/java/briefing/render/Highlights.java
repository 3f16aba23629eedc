package briefing.render;

import briefing.graph.Mention;
import briefing.graph.QuoteSpan;
import java.util.List;
import java.util.Map;

/**
 * What to mark in an article's text: its mentions (linked to their actors) and its claim quotes
 * (highlighted, each followed by a small link to its claim), all as offsets in the plain text.
 *
 * @param claimNumbers for each quote's claim, the number shown on its link ({@code [3]})
 */
record Highlights(List<Mention> mentions, List<QuoteSpan> quotes, Map<String, Integer> claimNumbers,
        Map<String, String> claimTitles) {
}
