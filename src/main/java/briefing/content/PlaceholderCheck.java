package briefing.content;

import briefing.model.Placeholders;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Warns where a text that {@code briefing new} wrote as a placeholder is still as it was written:
 * the file builds, but the site would show the placeholder as if the editor had written it.
 */
final class PlaceholderCheck {
    private static final String STILL = "still the placeholder that 'briefing new' wrote";

    private PlaceholderCheck() {
    }

    /** The body of an article, actor, event or claim. */
    static void body(SourceFile source, Fields f, String placeholder, String whatBelongs) {
        if (Placeholders.isBody(source.body(), placeholder)) {
            f.warning(bodyLine(source), "the text below the front matter is " + STILL + ": " + whatBelongs);
        }
    }

    /** An event's date and date note: the date is the day the file was written until the note is changed. */
    static void eventDate(Fields f) {
        String note = quietly(f, "date_note");
        if (!note.startsWith(Placeholders.DATE_NOTE)) {
            return;
        }
        String date = quietly(f, "date");
        if (note.contains("(" + date + ")") || !note.contains("(")) {
            f.warning(f.posOf("date").line(), "'date' is " + STILL + ", the day the file was written: put the"
                    + " event's date, and say in 'date_note' how you worked it out (or remove 'date_note')");
        } else {
            f.warning(f.posOf("date_note").line(), "'date_note' is " + STILL + ": say how you worked the date out,"
                    + " or remove 'date_note'");
        }
    }

    /** A claim's statement. */
    static void statement(Fields f, String statement) {
        if (statement.startsWith(Placeholders.STATEMENT)) {
            f.warning(f.posOf("statement").line(), "'statement' is " + STILL + ": state the claim in one sentence");
        }
    }

    /** A key's text, or "" where it is absent or no text (reading the record reports that, once). */
    private static String quietly(Fields f, String key) {
        return f.node(key) instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    }

    /** The first line of the body that has text on it. */
    private static int bodyLine(SourceFile source) {
        String body = source.body();
        int line = source.bodyLine();
        for (int i = 0; i < body.length() && Character.isWhitespace(body.charAt(i)); i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
