package briefing.content;

import briefing.model.FileType;
import java.nio.charset.StandardCharsets;

/**
 * What the first bytes of a static file say: whether it is the kind its extension names, and, for
 * PNG, GIF, JPEG and WebP pictures, its size in pixels (read from the header, never by decoding the
 * picture), so that pages can reserve the picture's room before it loads.
 */
final class FileHeaders {
    /** Whether the content matches the extension, and the picture's size (0 when not known). */
    record Header(boolean matches, int width, int height) {
        static final Header NO = new Header(false, 0, 0);
        static final Header UNSIZED = new Header(true, 0, 0);
    }

    private FileHeaders() {
    }

    static Header read(FileType type, byte[] b) {
        return switch (type) {
            case PNG -> png(b);
            case GIF -> gif(b);
            case JPEG -> jpeg(b);
            case WEBP -> webp(b);
            case AVIF -> b.length >= 12 && ascii(b, 4, "ftyp") && isAvifBrand(b) ? Header.UNSIZED : Header.NO;
            case PDF -> startsWithin(b, "%PDF-", 1024) ? Header.UNSIZED : Header.NO;
            case SVG -> svg(b);
            case TEXT, CSV -> Header.UNSIZED;
        };
    }

    private static Header png(byte[] b) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length < 24 || !startsWith(b, signature) || !ascii(b, 12, "IHDR")) {
            return Header.NO;
        }
        return sized(bigEndian(b, 16, 4), bigEndian(b, 20, 4));
    }

    private static Header gif(byte[] b) {
        if (b.length < 10 || !(ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a"))) {
            return Header.NO;
        }
        return sized(littleEndian(b, 6, 2), littleEndian(b, 8, 2));
    }

    /** Walks the JPEG's segments to the frame header (SOF), which holds the size; EXIF rotation is applied. */
    private static Header jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8 || (b[2] & 0xFF) != 0xFF) {
            return Header.NO;
        }
        boolean turned = false;
        int at = 2;
        while (at + 9 < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return Header.UNSIZED;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            int length = bigEndian(b, at + 2, 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                int height = bigEndian(b, at + 5, 2);
                int width = bigEndian(b, at + 7, 2);
                return turned ? sized(height, width) : sized(width, height);
            }
            if (marker == 0xE1 && at + 4 + length <= b.length) {
                turned = turnedByExif(b, at + 4, length - 2);
            }
            at += 2 + length;
        }
        return Header.UNSIZED;
    }

    /** Whether an EXIF block's orientation (5 to 8) turns the picture a quarter, swapping width and height. */
    private static boolean turnedByExif(byte[] b, int from, int length) {
        if (length < 14 || !ascii(b, from, "Exif")) {
            return false;
        }
        int tiff = from + 6;
        boolean little = b[tiff] == 'I';
        int ifd = tiff + read(b, tiff + 4, 4, little);
        if (ifd < tiff || ifd + 2 > from + length) {
            return false;
        }
        int entries = read(b, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > from + length) {
                return false;
            }
            if (read(b, entry, 2, little) == 0x0112) {
                int orientation = read(b, entry + 8, 2, little);
                return orientation >= 5 && orientation <= 8;
            }
        }
        return false;
    }

    private static Header webp(byte[] b) {
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return Header.NO;
        }
        if (ascii(b, 12, "VP8X")) {
            return sized(littleEndian(b, 24, 3) + 1, littleEndian(b, 27, 3) + 1);
        }
        if (ascii(b, 12, "VP8L")) {
            int bits = littleEndian(b, 21, 4);
            return sized((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
        }
        if (ascii(b, 12, "VP8 ")) {
            return sized(littleEndian(b, 26, 2) & 0x3FFF, littleEndian(b, 28, 2) & 0x3FFF);
        }
        return Header.UNSIZED;
    }

    private static Header svg(byte[] b) {
        String start = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
        return start.contains("<svg") ? Header.UNSIZED : Header.NO;
    }

    private static boolean isAvifBrand(byte[] b) {
        int size = bigEndian(b, 0, 4);
        for (int at = 8; at + 4 <= Math.min(size, b.length); at += 4) {
            if (ascii(b, at, "avif") || ascii(b, at, "avis")) {
                return true;
            }
        }
        return false;
    }

    private static Header sized(int width, int height) {
        return width > 0 && height > 0 ? new Header(true, width, height) : Header.UNSIZED;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithin(byte[] b, String text, int within) {
        for (int at = 0; at <= Math.min(within, b.length - text.length()); at++) {
            if (ascii(b, at, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        if (at < 0 || at + text.length() > b.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int read(byte[] b, int at, int n, boolean little) {
        return little ? littleEndian(b, at, n) : bigEndian(b, at, n);
    }

    private static int bigEndian(byte[] b, int at, int n) {
        int v = 0;
        for (int i = 0; i < n && at + i < b.length; i++) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }

    private static int littleEndian(byte[] b, int at, int n) {
        int v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (at + i < b.length ? b[at + i] & 0xFF : 0);
        }
        return v;
    }
}
