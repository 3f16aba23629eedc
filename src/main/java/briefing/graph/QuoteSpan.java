package briefing.graph;

/** Where a claim's quote stands in an article's plain text ({@code end} exclusive). */
public record QuoteSpan(String claim, String article, int start, int end) {

    /** The anchor of the highlight on the article page. */
    public String anchor() {
        return "q-" + claim;
    }
}
