package briefing.graph;

/**
 * An actor named in an article: the spelling used and where it stands in the article's plain text.
 *
 * @param index the mention's number within its article, from 1, used for its anchor {@code m<index>}
 */
public record Mention(String article, String actor, String name, int start, int end, int index) {

    /** The anchor of this mention on the article page. */
    public String anchor() {
        return "m" + index;
    }
}
