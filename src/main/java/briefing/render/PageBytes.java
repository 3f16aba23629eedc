package briefing.render;

import briefing.model.BidiControls;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a template writes a page: the characters are encoded to UTF-8 as they come, and bidi
 * controls are left out (templates escape markup, not those; see {@link BidiControls}). The bytes are
 * those of {@code String.getBytes(UTF_8)} on the same text: a lone surrogate becomes {@code ?}.
 */
final class PageBytes extends Writer {
    /** From this length on a whole string is encoded in one go (see {@link #writeWhole}). */
    static final int WHOLE = 64;

    private byte[] bytes = new byte[16 * 1024];
    private int size;
    private char high; // a high surrogate waiting for the low half that follows it, or 0

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        room(len * 3 + 1); // at most 3 bytes a char, and a '?' for a high surrogate left before
        int end = off + len;
        int i = off;
        while (i < end) {
            if (high == 0) { // a run of ASCII is copied as it is, in local variables
                byte[] out = bytes;
                int n = size;
                for (char c; i < end && (c = chars[i]) < 0x80; i++) {
                    out[n++] = (byte) c;
                }
                size = n;
                if (i == end) {
                    return;
                }
            }
            put(chars[i++]);
        }
    }

    @Override
    public void write(String text, int off, int len) {
        if (len >= WHOLE && high == 0 && off == 0 && len == text.length() && writeWhole(text)) {
            return;
        }
        room(len * 3 + 1); // at most 3 bytes a char, and a '?' for a high surrogate left before
        int end = off + len;
        int i = off;
        while (i < end) {
            if (high == 0) { // a run of ASCII is copied as it is, in local variables
                byte[] out = bytes;
                int n = size;
                for (char c; i < end && (c = text.charAt(i)) < 0x80; i++) {
                    out[n++] = (byte) c;
                }
                size = n;
                if (i == end) {
                    return;
                }
            }
            put(text.charAt(i++));
        }
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    /**
     * Writes a long string with the JDK's encoder, whose loops outrun one char at a time, when its bytes
     * are what {@link #put} would make: it has no bidi control and does not end in a high surrogate,
     * which waits for the next write. Otherwise writes nothing.
     */
    private boolean writeWhole(String text) {
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            return false;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length != text.length()) { // not all ASCII: look for bidi controls
            for (int i = 0; i < utf8.length - 2; i++) {
                if (utf8[i] == (byte) 0xE2) { // every bidi control is U+2xxx: three bytes, the first E2
                    char c = (char) (0x2000 | (utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F);
                    if (BidiControls.is(c)) {
                        return false;
                    }
                }
            }
        }
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return true;
    }

    private void put(char c) {
        if (BidiControls.is(c)) {
            return; // left out as if never written: the chars either side of it meet
        }
        room(4);
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            bytes[size++] = '?';
            room(4);
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The page's bytes; a high surrogate left without its low half at the end becomes {@code ?}. */
    byte[] toByteArray() {
        if (high != 0) {
            high = 0;
            room(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
