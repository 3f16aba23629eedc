package briefing.content;

import briefing.model.Body;
import briefing.model.BodyLink;
import briefing.model.FileLink;
import briefing.model.Kind;
import briefing.model.PlainText;
import briefing.model.Ref;
import briefing.model.SourcePos;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Parses Markdown bodies: the tree, the links to other items, and the plain text. Thread-safe. */
final class MarkdownReader {
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    Body read(String path, String markdown, int firstLine) {
        Node document = parser.parse(markdown);
        var walker = new Walker(path, firstLine);
        document.accept(walker);
        return new Body(markdown, firstLine, document, walker.links,
                new PlainText(walker.text.toString(), walker.offsets), walker.rawHtml, walker.files);
    }

    /** One pass over the tree: collects links, raw HTML and the plain text with each text node's offset. */
    private static final class Walker extends AbstractVisitor {
        private final String path;
        private final int firstLine;
        private final List<BodyLink> links = new ArrayList<>();
        private final List<FileLink> files = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final IdentityHashMap<Node, Integer> offsets = new IdentityHashMap<>();
        private boolean rawHtml;

        Walker(String path, int firstLine) {
            this.path = path;
            this.firstLine = firstLine;
        }

        @Override
        public void visit(Text node) {
            offsets.put(node, text.length());
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append('\n');
        }

        @Override
        public void visit(HtmlInline node) {
            rawHtml = true;
        }

        @Override
        public void visit(HtmlBlock node) {
            rawHtml = true;
            separate();
        }

        @Override
        public void visit(Image node) {
            // Alt text is rendered as an attribute: nothing in it is marked, so it is not part of the text.
            linkTarget(node.getDestination(), node);
            files.add(new FileLink(node.getDestination(), pos(node), true, !altText(node).isBlank()));
        }

        @Override
        public void visit(Link node) {
            linkTarget(node.getDestination(), node);
            if (FileLink.isStatic(node.getDestination())) {
                files.add(new FileLink(node.getDestination(), pos(node), false, true));
            }
            visitChildren(node);
        }

        private SourcePos pos(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return new SourcePos(path, firstLine + (spans.isEmpty() ? 0 : spans.get(0).getLineIndex()));
        }

        /** The text an image's description gives, which becomes its alt text. */
        private static String altText(Node node) {
            StringBuilder alt = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }
            });
            return alt.toString();
        }

        @Override
        protected void visitChildren(Node parent) {
            if (parent instanceof Block) {
                separate();
            }
            super.visitChildren(parent);
        }

        private void separate() {
            int n = text.length();
            if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
                text.append("\n\n");
            }
        }

        private void linkTarget(String destination, Node node) {
            int colon = destination.indexOf(':');
            if (colon <= 0) {
                return;
            }
            Optional<Kind> kind = Kind.byPrefix(destination.substring(0, colon));
            if (kind.isEmpty()) {
                return;
            }
            String id = destination.substring(colon + 1);
            links.add(new BodyLink(kind.get(), new Ref(id, pos(node))));
        }
    }
}
