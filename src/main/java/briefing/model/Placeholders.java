package briefing.model;

import java.time.LocalDate;

/**
 * The texts {@code briefing new} writes where only the editor can say what belongs, so that reading
 * the content recognises a text left as it was written and warns until the editor replaces it.
 */
public final class Placeholders {
    /** The body of a new article. */
    public static final String ARTICLE_BODY = "Paste the article's text here, paragraphs as in the original.";
    /** The body of a new actor. */
    public static final String ACTOR_BODY = "A short, neutral profile. Say which article supports which statement.";
    /** The body of a new event. */
    public static final String EVENT_BODY = "What happened, as the sources tell it.";
    /** The body of a new claim. */
    public static final String CLAIM_BODY = "Your analysis of the claim.";
    /** How the statement of a new claim written without {@code --title} begins. */
    public static final String STATEMENT = "State the claim in one sentence";
    /** How the date note of a new event begins: its date is the day the file was written. */
    public static final String DATE_NOTE = "Set to the day this file was written";

    private Placeholders() {
    }

    /** The statement of a new claim written without one, naming the claim's id to remind the editor of it. */
    public static String statement(String words) {
        return STATEMENT + " (" + words + ")";
    }

    /** The date note of a new event written on {@code day}. */
    public static String dateNote(LocalDate day) {
        return DATE_NOTE + " (" + day + "): replace it with the event's date.";
    }

    /** Whether a body is still the placeholder {@code placeholder}, white space aside. */
    public static boolean isBody(String body, String placeholder) {
        return body.strip().equals(placeholder);
    }
}
