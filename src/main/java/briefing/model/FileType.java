package briefing.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file that {@code content/static/} may hold, by extension; anything else is refused. */
public enum FileType {
    JPEG("JPEG image", true, "jpg", "jpeg"),
    PNG("PNG image", true, "png"),
    GIF("GIF image", true, "gif"),
    WEBP("WebP image", true, "webp"),
    AVIF("AVIF image", true, "avif"),
    SVG("SVG image", true, "svg"),
    PDF("PDF document", false, "pdf"),
    TEXT("plain-text file", false, "txt"),
    CSV("CSV file", false, "csv");

    /** The allowed extensions, as messages list them. */
    public static final String ALLOWED = "images (.jpg, .jpeg, .png, .gif, .webp, .avif, .svg), PDF (.pdf),"
            + " plain text (.txt) and CSV (.csv)";

    private final String word;
    private final boolean image;
    private final String[] extensions;

    FileType(String word, boolean image, String... extensions) {
        this.word = word;
        this.image = image;
        this.extensions = extensions;
    }

    /** What the file is, in plain words ("PNG image"). */
    public String word() {
        return word;
    }

    public boolean isImage() {
        return image;
    }

    /** The type of a file by its name's extension, in any case; empty when it is not one that is copied. */
    public static Optional<FileType> of(String name) {
        String ext = extension(name);
        for (FileType type : values()) {
            for (String e : type.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** The extension of a file name, in lower case, without the dot; "" when it has none. */
    public static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
