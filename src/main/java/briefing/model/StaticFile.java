package briefing.model;

/**
 * A file of {@code content/static/}, copied into the site's {@code static/} folder byte for byte.
 *
 * @param path   the path inside {@code static/}, forward slashes ({@code photos/dam.jpg})
 * @param bytes  the file as read, never changed; shared, not copied
 * @param width  the picture's width in pixels as its header gives it; 0 when unknown (not an image, SVG, AVIF)
 * @param height the picture's height in pixels; 0 when unknown
 */
public record StaticFile(String path, byte[] bytes, int width, int height) {
    /** The folder, in the content and in the site, that static files live in. */
    public static final String FOLDER = "static";

    /** The file's path in the site ({@code static/photos/dam.jpg}). */
    public String sitePath() {
        return FOLDER + "/" + path;
    }

    /** The picture's size, or null when it is not known. */
    public ImageSize size() {
        return width > 0 && height > 0 ? new ImageSize(width, height) : null;
    }

    /** Whether the file is a picture, by its extension (checked against its content when read). */
    public boolean isImage() {
        return FileType.of(path).map(FileType::isImage).orElse(false);
    }
}
