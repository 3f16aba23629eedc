package briefing.model;

import java.util.List;
import org.commonmark.node.Node;

/**
 * The Markdown body of a content file, parsed once.
 *
 * @param markdown  the source text, line endings normalised to LF
 * @param firstLine the file line the body starts on (after the front matter)
 * @param document  the parsed Markdown tree; read-only once loaded
 * @param links     the {@code actor:}/{@code event:}/{@code article:}/{@code claim:} links it contains
 * @param text      the body as plain text, with the position of every text node in it
 * @param rawHtml   whether the body contains raw HTML (which must be cleaned when rendered)
 * @param files     its images, and its links to static files ({@code static/...})
 */
public record Body(String markdown, int firstLine, Node document, List<BodyLink> links, PlainText text,
        boolean rawHtml, List<FileLink> files) {

    public Body {
        links = List.copyOf(links);
        files = List.copyOf(files);
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }
}
