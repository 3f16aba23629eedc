package briefing.render;

import briefing.model.BidiControls;

/**
 * Escapes text for XML content and attribute values: the one escaper of the XML files (sitemap, feed).
 * Pages are escaped by the templates' own HTML escaping, JSON by {@link Json}.
 */
final class Xml {
    private Xml() {
    }

    /**
     * The text with {@code < > & " '} escaped; control characters other than tab and newline, which
     * XML 1.0 does not allow, and bidi controls, which could reorder what a reader sees, are dropped.
     */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if ((c >= 0x20 || c == '\n' || c == '\t') && !BidiControls.is(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
