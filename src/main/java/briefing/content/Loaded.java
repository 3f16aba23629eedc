package briefing.content;

import briefing.model.Diagnostic;
import java.util.List;

/**
 * What reading one content file gave: its item (a {@code Settings}, {@code Article}, {@code Actor},
 * {@code Event}, {@code Claim} or {@code StaticFile}; null when the file could not be read) and the problems
 * found in it.
 */
record Loaded(Object item, List<Diagnostic> problems) {
}
