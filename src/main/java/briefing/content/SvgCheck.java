package briefing.content;

import briefing.model.Diagnostic;
import briefing.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses an SVG that could do more than show a picture when opened from the site: one that runs
 * script ({@code <script>}, {@code on...} handlers, {@code javascript:} addresses), embeds other
 * documents ({@code <foreignObject>}), or loads anything from outside itself (an {@code href} or
 * {@code src} that is not a {@code #fragment} of the same file, a stylesheet, {@code @import},
 * {@code url(...)} of anything but a fragment). The file is read as XML without its DOCTYPE's
 * declarations, which are refused too: they could add attributes the check would not see.
 */
final class SvgCheck {
    private static final Set<String> REFUSED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed",
            "object", "handler", "listener");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final String WHY = "; the site copies only pictures that cannot run script or load from"
            + " elsewhere (save it again without it, e.g. as a plain SVG or a PNG)";

    private SvgCheck() {
    }

    /** Adds an error for the first thing that makes the SVG unsafe, at its line. */
    static void check(String shown, byte[] bytes, List<Diagnostic> problems) {
        // The parser does not show a DOCTYPE's own declarations ([...]): they are looked for in the text.
        String text = new String(bytes, StandardCharsets.UTF_8);
        int doctype = text.indexOf("<!DOCTYPE");
        int bracket = doctype < 0 ? -1 : text.indexOf('[', doctype);
        int end = doctype < 0 ? -1 : text.indexOf('>', doctype);
        if (bracket >= 0 && (end < 0 || bracket < end)) {
            int line = (int) text.substring(0, doctype).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Diagnostic(Severity.ERROR, shown, line, "this SVG is refused: it declares entities or"
                    + " attributes in its DOCTYPE" + WHY));
            return;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean inStyle = false;
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                int line = xml.getLocation().getLineNumber();
                String refusal = switch (event) {
                    case XMLStreamConstants.ENTITY_REFERENCE -> "it uses an entity (&" + xml.getLocalName() + ";)";
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> "xml-stylesheet".equals(xml.getPITarget())
                            ? "it loads a stylesheet (<?xml-stylesheet?>)" : null;
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        if (root && !name.equals("svg")) {
                            yield "it is not an SVG picture (its first element is <" + name + ">)";
                        }
                        root = false;
                        inStyle = name.equalsIgnoreCase("style");
                        yield element(xml);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        inStyle = false;
                        yield null;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> inStyle ? css(xml.getText()) : null;
                    default -> null;
                };
                if (refusal != null) {
                    problems.add(new Diagnostic(Severity.ERROR, shown, line, "this SVG is refused: " + refusal + WHY));
                    return;
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            String why = e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            problems.add(new Diagnostic(Severity.ERROR, shown, line, "this SVG cannot be read: it is not well-formed"
                    + " XML (" + why.strip() + ")"));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the bytes are in memory
                }
            }
        }
    }

    /** Why an element (its name and attributes) is refused, or null. */
    private static String element(XMLStreamReader xml) {
        String name = xml.getLocalName();
        if (REFUSED_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            return "it holds a <" + name + "> element";
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            String lower = attribute.toLowerCase(Locale.ROOT);
            String value = xml.getAttributeValue(i);
            String compact = value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
            if (lower.startsWith("on")) {
                return "it has an event handler (" + attribute + " on <" + name + ">)";
            }
            if (compact.contains("javascript:") || compact.contains("vbscript:")) {
                return "it has a javascript: address (" + attribute + " on <" + name + ">)";
            }
            if ((lower.equals("href") || lower.equals("src")) && !value.strip().startsWith("#")) {
                return "it refers to something outside itself (" + attribute + "=\"" + shortened(value) + "\" on <"
                        + name + ">)";
            }
            if (lower.equals("attributename") && (compact.endsWith("href") || compact.equals("src"))) {
                return "it animates an address (attributeName=\"" + value + "\" on <" + name + ">)";
            }
            String css = css(value);
            if (css != null) {
                return css + " (" + attribute + " on <" + name + ">)";
            }
        }
        return null;
    }

    /** Why a stylesheet or an attribute value is refused (an import, a url() of another file), or null. */
    private static String css(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("@import")) {
            return "it imports a stylesheet (@import)";
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                return "it refers to something outside itself (url(" + shortened(url.group(1)) + "))";
            }
        }
        if (lower.contains("image-set(") || lower.contains("expression(")) {
            return "its style loads from elsewhere";
        }
        return null;
    }

    private static String shortened(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
