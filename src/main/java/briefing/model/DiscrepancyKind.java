package briefing.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the sources of a claim differ, strongest first: computed for every claim by the graph, and
 * written by an editor only to weaken what was computed ({@code discrepancy} in a claim file).
 */
public enum DiscrepancyKind {
    CONFLICT("conflict"),
    DETAIL("detail"),
    SPELLING("spelling"),
    NONE("none");

    private final String word;

    DiscrepancyKind(String word) {
        this.word = word;
    }

    /** The word used in content and in briefing.json. */
    public String word() {
        return word;
    }

    /** Whether this kind says more than {@code other} ({@link #CONFLICT} is the strongest). */
    public boolean isStrongerThan(DiscrepancyKind other) {
        return ordinal() < other.ordinal();
    }

    /** The kind an editor wrote, exactly one of the four words; empty for anything else. */
    public static Optional<DiscrepancyKind> written(String word) {
        for (DiscrepancyKind k : values()) {
            if (k.word.equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The four words, strongest first, for messages and suggestions. */
    public static List<String> words() {
        return Arrays.stream(values()).map(DiscrepancyKind::word).toList();
    }
}
