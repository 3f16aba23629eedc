package briefing.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * A Markdown body as a reader reads it: the text of its text nodes, blocks separated by blank lines.
 * Mentions and quotes are found in this text; {@link #offsetOf} maps each text node back to where
 * its literal starts, so the renderer can mark the same places in the HTML.
 */
public final class PlainText {
    private final String text;
    private final Map<Node, Integer> offsets;

    public PlainText(String text, IdentityHashMap<Node, Integer> offsets) {
        this.text = text;
        this.offsets = Collections.unmodifiableMap(offsets);
    }

    public String text() {
        return text;
    }

    /** Where the literal of this text node starts in {@link #text()}, or -1 for a node not in the text. */
    public int offsetOf(Node textNode) {
        Integer offset = offsets.get(textNode);
        return offset == null ? -1 : offset;
    }
}
