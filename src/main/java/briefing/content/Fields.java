package briefing.content;

import briefing.model.Alias;
import briefing.model.Diagnostic;
import briefing.model.Ref;
import briefing.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed access to the keys of one YAML mapping, reporting every problem with its line:
 * missing required keys, wrong types, duplicate keys, and unknown keys (a warning saying which key
 * was most likely meant, see {@link Keys}). Unknown keys are kept as {@link #extra()}.
 */
final class Fields {
    /** Front matter that is one word with a colon and no space ({@code title:Quake}). */
    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):(\\S.*)");
    private final SourceFile file;
    private final List<Diagnostic> problems;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
    private final int line;
    private final Keys keys;
    private final Set<String> knownKeys;
    /** False when the front matter is not key: value pairs at all (reported once, nothing more about it). */
    private boolean pairs = true;

    Fields(SourceFile file, Node mapping, Keys keys, List<Diagnostic> problems) {
        this.file = file;
        this.problems = problems;
        this.keys = keys;
        this.knownKeys = keys.known();
        this.line = mapping == null ? file.frontMatterLine() : line(file, mapping);
        if (mapping == null || isNull(mapping)) {
            return; // nothing written: each required key is reported missing
        }
        if (!(mapping instanceof MappingNode map)) {
            pairs = false;
            Matcher glued = mapping instanceof ScalarNode s ? KEY_WITHOUT_SPACE.matcher(s.getValue()) : null;
            error(line, glued != null && glued.matches()
                    ? "there is no space after the colon in '" + glued.group() + "'; write '" + glued.group(1) + ": "
                            + glued.group(2) + "'"
                    : "expected key: value pairs here, found " + describe(mapping));
            return;
        }
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                error(line(file, keyNode), "a key must be a plain word, found " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (byKey.containsKey(key)) {
                error(line(file, keyNode), "'" + key + "' is given twice (first on line "
                        + line(file, byKey.get(key).getKeyNode()) + "); keep one");
                continue;
            }
            byKey.put(key, tuple);
            if (!knownKeys.contains(key)) {
                warning(line(file, keyNode), keys.unknown(key));
            }
        }
    }

    static int line(SourceFile file, Node node) {
        return node.getStartMark().map(m -> m.getLine()).orElse(0) + file.frontMatterLine();
    }

    /** The line of the mapping itself. */
    int line() {
        return line;
    }

    SourcePos pos(int atLine) {
        return new SourcePos(file.path(), atLine);
    }

    /** Where a key is written, or the mapping's line when the key is absent. */
    SourcePos posOf(String key) {
        NodeTuple t = byKey.get(key);
        return pos(t == null ? line : line(file, t.getKeyNode()));
    }

    boolean has(String key) {
        NodeTuple t = byKey.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    Node node(String key) {
        NodeTuple t = byKey.get(key);
        return t == null ? null : t.getValueNode();
    }

    /** A text value; reports a missing required key; returns "" when absent or wrong. */
    String text(String key, boolean required) {
        Node node = node(key);
        if (node == null || isNull(node)) {
            if (required) {
                missing(key, "");
            }
            return "";
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(line(file, node), "'" + key + "' must be text, found " + describe(node));
            return "";
        }
        String value = scalar.getValue().strip();
        if (required && value.isEmpty()) {
            error(line(file, node), "'" + key + "' must not be empty");
        }
        return value;
    }

    /**
     * The value of a key read by {@code parse}: null when the key is absent (reported if required)
     * or when its text is not such a value (reported as an error naming what it {@code mustBe}).
     */
    <T> T parsed(String key, boolean required, Function<String, Optional<T>> parse, String mustBe) {
        String text = text(key, required);
        if (text.isEmpty()) {
            return null;
        }
        T value = parse.apply(text).orElse(null);
        if (value == null) {
            error(posOf(key).line(), "'" + key + "' must be " + mustBe + ", found '" + text + "'");
        }
        return value;
    }

    /** A list of text values; a single value counts as a list of one. */
    List<Alias> texts(String key) {
        Node node = node(key);
        List<Alias> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        List<Node> items;
        if (node instanceof ScalarNode) {
            items = List.of(node); // a single value is a list of one
        } else if (node instanceof SequenceNode seq) {
            items = seq.getValue();
        } else {
            error(line(file, node), "'" + key + "' must be a list, found " + describe(node));
            return out;
        }
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && !isNull(item)) {
                String value = scalar.getValue().strip();
                if (value.isEmpty()) {
                    error(line(file, item), "'" + key + "' has an empty entry");
                } else {
                    out.add(new Alias(value, pos(line(file, item))));
                }
            } else {
                error(line(file, item), "each entry of '" + key + "' must be text, found " + describe(item));
            }
        }
        return out;
    }

    /** A list of ids, each with its position; invalid ids are reported here. */
    List<Ref> ids(String key) {
        List<Ref> refs = new ArrayList<>();
        for (Alias a : texts(key)) {
            refs.add(new Ref(a.text(), a.pos()));
        }
        return refs;
    }

    /** One id, or null. */
    Ref id(String key) {
        String value = text(key, false);
        return value.isEmpty() ? null : new Ref(value, posOf(key).at(line(file, node(key))));
    }

    /** The entries of a mapping-valued key, in the order written. */
    List<NodeTuple> entries(String key) {
        Node node = node(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof MappingNode map)) {
            error(line(file, node), "'" + key + "' must be a mapping (id: ...), found " + describe(node));
            return List.of();
        }
        return map.getValue();
    }

    /** Unknown keys with their values as plain Java objects, for templates. */
    Map<String, Object> extra() {
        Map<String, Object> extra = new LinkedHashMap<>();
        byKey.forEach((key, tuple) -> {
            if (!knownKeys.contains(key) && !isNull(tuple.getValueNode())) {
                extra.put(key, plain(tuple.getValueNode()));
            }
        });
        return extra;
    }

    /** Reports a required key that is absent, unless the front matter is not key: value pairs at all. */
    void missing(String key, String what) {
        if (pairs) {
            error(line, "missing required key '" + key + "'" + what);
        }
    }

    void error(int atLine, String message) {
        problems.add(Diagnostic.error(pos(atLine), message));
    }

    void warning(int atLine, String message) {
        problems.add(Diagnostic.warning(pos(atLine), message));
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping (key: value pairs)";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            Tag tag = s.getTag();
            try {
                if (tag.equals(Tag.INT)) {
                    return Long.parseLong(s.getValue());
                }
                if (tag.equals(Tag.FLOAT)) {
                    return Double.parseDouble(s.getValue());
                }
            } catch (NumberFormatException e) {
                return s.getValue();
            }
            if (tag.equals(Tag.BOOL)) {
                return Boolean.parseBoolean(s.getValue());
            }
            return tag.equals(Tag.NULL) ? "" : s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            seq.getValue().forEach(item -> list.add(plain(item)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                map.put(k.getValue(), plain(t.getValueNode()));
            }
        }
        return map;
    }
}
