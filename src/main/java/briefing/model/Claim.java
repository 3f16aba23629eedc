package briefing.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fact or detail compared across the articles: one row of the comparison table.
 *
 * @param topic empty when not given
 * @param event an event id, or null
 * @param discrepancy the editor's override of the computed kind, or null when not given
 * @param discrepancyNote why the editor overrode it; empty when not given
 * @param discrepancyPos where {@code discrepancy} is written, for messages; null when not given
 */
public record Claim(String id, String path, String statement, String topic, List<Ref> about, Ref event,
        List<ClaimSource> sources, Map<String, Object> extra, Body body, DiscrepancyKind discrepancy,
        String discrepancyNote, SourcePos discrepancyPos) {

    public Claim {
        about = List.copyOf(about);
        sources = ClaimSources.of(sources);
    }

    /** How an article treats this claim: its source entry, or empty when it is silent. */
    public Optional<ClaimSource> source(String articleId) {
        return Optional.ofNullable(((ClaimSources) sources).find(articleId));
    }

    public Stance stance(String articleId) {
        return source(articleId).map(ClaimSource::stance).orElse(Stance.SILENT);
    }
}
