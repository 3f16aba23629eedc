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
 * @param longestQuote the length of the longest quote, or -1 when the quotes are not in order of start
 */
record Highlights(List<Mention> mentions, List<QuoteSpan> quotes, Map<String, Integer> claimNumbers,
        Map<String, String> claimTitles, int longestQuote) {

    Highlights(List<Mention> mentions, List<QuoteSpan> quotes, Map<String, Integer> claimNumbers,
            Map<String, String> claimTitles) {
        this(mentions, quotes, claimNumbers, claimTitles, longest(quotes));
    }

    private static int longest(List<QuoteSpan> quotes) {
        int longest = 0;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan q = quotes.get(i);
            if (i > 0 && q.start() < quotes.get(i - 1).start()) {
                return -1;
            }
            longest = Math.max(longest, q.end() - q.start());
        }
        return longest;
    }

    /**
     * The quotes that may touch the text from {@code from} to {@code to}, in their order: those that start before
     * {@code to} and no longer ago than the longest quote (all of them when they are not in order of start).
     * A text of many quotes is then not gone through whole for each of its pieces.
     */
    List<QuoteSpan> near(int from, int to) {
        if (longestQuote < 0) {
            return quotes;
        }
        return quotes.subList(firstStartingAt(from - longestQuote), firstStartingAt(to));
    }

    private int firstStartingAt(int at) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
