package briefing.render;

import briefing.model.BidiControls;
import java.util.Collection;
import java.util.Map;

/** A small JSON writer: sorted keys are the caller's job; strings are escaped safely for HTML too. */
public final class Json {
    private final StringBuilder out = new StringBuilder(256);

    public Json value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            out.append(Double.isFinite(d) ? n.toString() : "null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()));
                out.append(':');
                value(e.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(item);
            }
            out.append(']');
        } else {
            string(value.toString());
        }
        return this;
    }

    /** Appends {@code s} quoted, the characters that need no escape copied a run at a time. */
    private void string(String s) {
        out.append('"');
        int run = 0; // where the characters not yet appended start
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(c)) {
                out.append(s, run, i);
                escape(c);
                run = i + 1;
            }
        }
        out.append(s, run, s.length()).append('"');
    }

    /**
     * Control characters, quote and backslash (JSON's own), {@code < > &} (so that the text is safe
     * inside an HTML script element), the line and paragraph separators (U+2028, U+2029: line ends
     * to JavaScript), and the bidi controls (U+202A and after).
     */
    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&'
                || c >= '\u2028' && (c <= '\u2029' || BidiControls.is(c));
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                String hex = Integer.toHexString(c);
                out.append("\\u").append("0000", hex.length(), 4).append(hex);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    public static String of(Object value) {
        return new Json().value(value).toString();
    }
}
