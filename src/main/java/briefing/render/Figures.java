package briefing.render;

import briefing.model.FileLink;
import briefing.model.ImageSize;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * How bodies show pictures: an image alone in its paragraph with a title
 * ({@code ![The dam](static/dam.jpg "The dam in March")}) becomes a figure with the title as its
 * caption; every image of {@code static/} gets the address relative to the page, its size in pixels
 * where the file's header gives it (so the text does not jump as it loads) and loads lazily.
 */
final class Figures extends CoreHtmlNodeRenderer {
    private final HtmlWriter html;

    Figures(HtmlNodeRendererContext context) {
        super(context);
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Paragraph.class);
    }

    @Override
    public void visit(Paragraph paragraph) {
        Image image = figure(paragraph);
        if (image == null) {
            super.visit(paragraph);
            return;
        }
        html.line();
        html.tag("figure");
        context.render(image);
        html.tag("figcaption");
        html.text(image.getTitle().strip());
        html.tag("/figcaption");
        html.tag("/figure");
        html.line();
    }

    /** The image a paragraph holds alone, when it has a title: then the paragraph is a figure. Else null. */
    private static Image figure(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        if (first instanceof Image image && first.getNext() == null && image.getTitle() != null
                && !image.getTitle().isBlank()) {
            return image;
        }
        return null;
    }

    /**
     * The attributes of an {@code <img>}: a {@code static/} address made relative to the page, with
     * the picture's size when known; lazy loading; no title where the caption shows it.
     */
    static void image(Image image, Map<String, String> attributes, String root, Map<String, ImageSize> sizes) {
        String destination = image.getDestination();
        if (FileLink.isStatic(destination)) {
            attributes.put("src", root + attributes.get("src"));
            ImageSize size = sizes.get(FileLink.staticPath(destination));
            if (size != null) {
                attributes.put("width", Integer.toString(size.width()));
                attributes.put("height", Integer.toString(size.height()));
            }
        }
        attributes.put("loading", "lazy");
        if (image.getParent() instanceof Paragraph p && figure(p) == image) {
            attributes.remove("title");
        }
    }
}
