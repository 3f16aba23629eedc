package briefing.content;

import briefing.model.Diagnostic;
import briefing.model.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A content file split into its front matter and its body. Accepts a UTF-8 byte-order mark and
 * CRLF or lone-CR line endings, so such files read exactly like their LF twins.
 *
 * @param frontMatter     the YAML between the two {@code ---} lines
 * @param frontMatterLine the file line the YAML starts on
 * @param body            the Markdown after the closing {@code ---}
 * @param bodyLine        the file line the body starts on
 */
record SourceFile(String path, String frontMatter, int frontMatterLine, String body, int bodyLine) {

    /** Splits the bytes of a file; on failure adds an error to {@code problems} and returns null. */
    static SourceFile split(String path, byte[] bytes, List<Diagnostic> problems) {
        String text = decode(path, bytes, problems);
        if (text == null) {
            return null;
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(Diagnostic.error(new SourcePos(path, lineAt(text, nul)),
                    "contains a NUL character; content files are UTF-8 text"));
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!isFence(firstLine(text))) {
            String why = text.isBlank() ? "the file is empty" : "the first line is not '---'";
            problems.add(Diagnostic.error(new SourcePos(path, 1),
                    "no front matter: " + why + "; a content file starts with a '---' line, its YAML fields,"
                            + " and another '---' line"));
            return null;
        }
        int yamlStart = text.indexOf('\n') + 1;
        int pos = yamlStart;
        int line = 2;
        while (pos <= text.length() && yamlStart > 0) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (isFence(current)) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return new SourceFile(path, text.substring(yamlStart, pos), 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        problems.add(notClosed(path, text));
        return null;
    }

    /** A YAML-looking line: a key, an indented line, a list item or a comment. */
    private static final Pattern YAML_LINE = Pattern.compile("\\s.*|- .*|-|#.*|[^\\s:#][^:]*:(\\s.*)?");
    /** A line of dashes or dots that was probably meant to close the front matter. */
    private static final Pattern NEAR_FENCE = Pattern.compile("(-\\s*){2,}|\\.{3}|[\u2013\u2014]+");

    /**
     * The error for front matter with no closing line, at the line where one was wanted: a line of
     * dashes that is not exactly three, or the first line after the keys that is not YAML.
     */
    private static Diagnostic notClosed(String path, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (NEAR_FENCE.matcher(line).matches()) {
                return Diagnostic.error(new SourcePos(path, i + 1), "'" + line + "' does not close the front"
                        + " matter opened on line 1: the closing line is exactly three dashes '---'");
            }
            if (!line.isEmpty() && !YAML_LINE.matcher(lines[i]).matches()) {
                return Diagnostic.error(new SourcePos(path, i + 1), "the front matter opened on line 1 is not"
                        + " closed: put a '---' line after its last key (before line " + (i + 1) + ")");
            }
        }
        return Diagnostic.error(new SourcePos(path, 1), "the front matter opened on line 1 is not closed: put a"
                + " '---' line after its last key");
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static String decode(String path, byte[] bytes, List<Diagnostic> problems) {
        // The fast decoder replaces bad bytes with U+FFFD: text without one was valid UTF-8.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                // CRLF, lone CR and LF each end one line, as in split()
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                }
            }
            problems.add(Diagnostic.error(new SourcePos(path, line), String.format(
                    "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[bad] & 0xFF)));
            return null;
        }
    }

    /** Decodes piece by piece to find the offset of the first byte that is not UTF-8. */
    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return Math.min(in.position(), bytes.length - 1);
            }
            out.clear();
        }
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
