package briefing.model;

import java.util.List;

/**
 * How one article treats one claim.
 *
 * @param pos where the article id is written under {@code sources}
 * @param quotePos where the quote is written
 * @param via      the actors this source gives as where the claim comes from, as written; empty for its
 *                 own reporting
 */
public record ClaimSource(String article, SourcePos pos, Stance stance, String quote, SourcePos quotePos,
        String value, String note, List<Ref> via) {

    public ClaimSource {
        via = List.copyOf(via);
    }

    public boolean hasValue() {
        return value != null && !value.isEmpty();
    }
}
