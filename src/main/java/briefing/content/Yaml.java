package briefing.content;

import briefing.model.Diagnostic;
import briefing.model.SourcePos;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Reads front matter into a YAML node tree that keeps the line of every key and value. */
final class Yaml {
    /** Aliases are allowed only a few times per file: enough for real use, far too few for a "billion laughs". */
    static final int MAX_ALIASES = 50;
    /** Lists and mappings may be nested this deep; deeper is refused before the tree is built. */
    static final int MAX_DEPTH = 50;
    /** Values in the front matter with every alias expanded: aliases of aliases cannot multiply past it. */
    static final int MAX_VALUES = 10_000;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(true) // reported with their line by Fields, not thrown
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setSchema(new CoreSchema()) // '~' and 'Null' are null, as editors who know YAML expect
            .setUseMarks(true)
            .setCodePointLimit(64 * 1024 * 1024)
            .build();

    private Yaml() {
    }

    /** The root node, empty for empty front matter; on a syntax error adds it to {@code problems}. */
    static Optional<Node> parse(SourceFile file, List<Diagnostic> problems) {
        try {
            if (!withinLimits(file, problems)) {
                return Optional.empty();
            }
            var composer = new Composer(SETTINGS, new ParserImpl(SETTINGS,
                    new StreamReader(SETTINGS, file.frontMatter())));
            Optional<Node> root = composer.getSingleNode();
            root.ifPresent(node -> checkDepth(file, node, 0, new int[1], problems));
            return problems.isEmpty() ? root : Optional.empty();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine()).orElse(0) + file.frontMatterLine();
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            problems.add(Diagnostic.error(new SourcePos(file.path(), line), "front matter is not valid YAML: "
                    + problem));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(Diagnostic.error(new SourcePos(file.path(), file.frontMatterLine()),
                    "front matter is not valid YAML: " + e.getMessage()));
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.add(Diagnostic.error(new SourcePos(file.path(), file.frontMatterLine()),
                    "front matter is nested too deeply (more than " + MAX_DEPTH + " levels)"));
            return Optional.empty();
        }
    }

    /**
     * Counts aliases (of text too, which the YAML library does not limit) and nesting on the event
     * stream, which the parser produces without recursion: a bomb or a deep nest is refused before the
     * recursive tree builder could expand it or overflow the stack.
     */
    private static boolean withinLimits(SourceFile file, List<Diagnostic> problems) {
        var events = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, file.frontMatter()));
        int aliases = 0;
        int depth = 0;
        while (events.hasNext()) {
            Event event = events.next();
            int line = event.getStartMark().map(m -> m.getLine()).orElse(0) + file.frontMatterLine();
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                problems.add(Diagnostic.error(new SourcePos(file.path(), line), "front matter uses more than "
                        + MAX_ALIASES + " aliases (*name); write the values out instead"));
                return false;
            } else if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                problems.add(Diagnostic.error(new SourcePos(file.path(), line),
                        "front matter is nested too deeply (more than " + MAX_DEPTH + " levels)"));
                return false;
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return true;
    }

    private static void checkDepth(SourceFile file, Node node, int depth, int[] values, List<Diagnostic> problems) {
        if (depth > MAX_DEPTH) {
            problems.add(Diagnostic.error(new SourcePos(file.path(), Fields.line(file, node)),
                    "front matter is nested too deeply (more than " + MAX_DEPTH + " levels)"));
            return;
        }
        if (++values[0] > MAX_VALUES) {
            problems.add(Diagnostic.error(new SourcePos(file.path(), Fields.line(file, node)),
                    "front matter expands to more than " + MAX_VALUES + " values through its aliases"));
            return;
        }
        if (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode map) {
            for (var tuple : map.getValue()) {
                checkDepth(file, tuple.getKeyNode(), depth + 1, values, problems);
                checkDepth(file, tuple.getValueNode(), depth + 1, values, problems);
                if (!problems.isEmpty()) {
                    return;
                }
            }
        } else if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq) {
            for (var item : seq.getValue()) {
                checkDepth(file, item, depth + 1, values, problems);
                if (!problems.isEmpty()) {
                    return;
                }
            }
        }
    }
}
