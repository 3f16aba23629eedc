package briefing.model;

import java.util.Locale;
import java.util.Optional;

/** How an article treats a claim. {@link #SILENT} is computed, never written by an editor. */
public enum Stance {
    REPORTS("reports", "Reports", "states it in its own voice"),
    ATTRIBUTES("attributes", "Attributes", "reports it as somebody's claim"),
    DISPUTES("disputes", "Disputes", "reports a denial or says the opposite"),
    DIFFERS("differs", "Differs", "gives a different version"),
    SILENT("silent", "Silent", "does not mention it");

    private final String word;
    private final String label;
    private final String meaning;

    Stance(String word, String label, String meaning) {
        this.word = word;
        this.label = label;
        this.meaning = meaning;
    }

    /** The word used in content and in briefing.json. */
    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
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
