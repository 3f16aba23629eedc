package briefing.model;

/**
 * How one article treats one claim.
 *
 * @param pos where the article id is written under {@code sources}
 * @param quotePos where the quote is written
 */
public record ClaimSource(String article, SourcePos pos, Stance stance, String quote, SourcePos quotePos,
        String value, String note) {

    public boolean hasValue() {
        return value != null && !value.isEmpty();
    }
}
