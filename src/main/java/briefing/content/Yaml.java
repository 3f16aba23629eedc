package briefing.content;

import briefing.model.Diagnostic;
import briefing.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

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
            .setSchema(new SharedCoreSchema()) // '~' and 'Null' are null, as editors who know YAML expect
            .setUseMarks(true)
            .setCodePointLimit(64 * 1024 * 1024)
            .build();

    private Yaml() {
    }

    /**
     * The core schema with one scalar resolver for every file: {@link CoreSchema} makes a new one, and
     * fills its tables, for each. The resolver is only read once made, so threads may share it.
     */
    private static final class SharedCoreSchema implements Schema {
        private final CoreSchema core = new CoreSchema();
        private final ScalarResolver resolver = core.getScalarResolver();

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return core.getSchemaTagConstructors();
        }
    }

    /** The root node, empty for empty front matter; on a syntax error adds it to {@code problems}. */
    static Optional<Node> parse(SourceFile file, List<Diagnostic> problems) {
        try {
            var composer = new Composer(SETTINGS, new LimitedEvents(file,
                    new ParserImpl(SETTINGS, new StreamReader(SETTINGS, file.frontMatter()))));
            Optional<Node> root = composer.getSingleNode();
            root.ifPresent(node -> checkDepth(file, node, 0, new int[1], problems));
            return problems.isEmpty() ? root : Optional.empty();
        } catch (OverLimit e) {
            problems.add(e.problem);
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            problems.add(YamlSlips.explain(file, e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            String message = e.getMessage() != null && e.getMessage().startsWith("Non scalar key")
                    ? "a key must be a plain word, not a list or a mapping"
                    : "the front matter cannot be read (the YAML reader says: " + e.getMessage() + ")";
            problems.add(Diagnostic.error(new SourcePos(file.path(), file.frontMatterLine()), message));
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.add(Diagnostic.error(new SourcePos(file.path(), file.frontMatterLine()),
                    "front matter is nested too deeply (more than " + MAX_DEPTH + " levels)"));
            return Optional.empty();
        }
    }

    /** A limit passed: the file is refused at that point. */
    private static final class OverLimit extends RuntimeException {
        private final Diagnostic problem;

        OverLimit(Diagnostic problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * The parser's events as the tree builder takes them, counting aliases (of text too, which the
     * YAML library does not limit) and nesting: the parser works without recursion, so a bomb or a
     * deep nest is refused before the recursive tree builder could expand it or overflow the stack.
     */
    private static final class LimitedEvents implements Parser {
        private final SourceFile file;
        private final Parser events;
        private int aliases;
        private int depth;

        LimitedEvents(SourceFile file, Parser events) {
            this.file = file;
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return events.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public Event next() {
            Event event = events.next();
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                throw new OverLimit(Diagnostic.error(where(event), "front matter uses more than "
                        + MAX_ALIASES + " aliases (*name); write the values out instead"));
            } else if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw new OverLimit(Diagnostic.error(where(event),
                        "front matter is nested too deeply (more than " + MAX_DEPTH + " levels)"));
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
            return event;
        }

        private SourcePos where(Event event) {
            return new SourcePos(file.path(), event.getStartMark().map(m -> m.getLine()).orElse(0)
                    + file.frontMatterLine());
        }
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
