package briefing.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How an article treats a claim. {@link #SILENT} is computed, never written by an editor. The pages
 * name each in the briefing's language ({@code stance.reports} in the language files).
 */
public enum Stance {
    REPORTS("reports"),
    ATTRIBUTES("attributes"),
    DISPUTES("disputes"),
    DIFFERS("differs"),
    SILENT("silent");

    private final String word;

    Stance(String word) {
        this.word = word;
    }

    /** The word used in content and in briefing.json. */
    public String word() {
        return word;
    }

    /** The stances an editor may write (all but silent). */
    public static Optional<Stance> written(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Stance s : values()) {
            if (s != SILENT && s.word.equals(w) && s.word.equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
