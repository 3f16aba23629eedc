package briefing.content;

import briefing.model.Diagnostic;
import briefing.model.SourcePos;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Reads front matter into a YAML node tree that keeps the line of every key and value. */
final class Yaml {
    /** Aliases are allowed only a few times per file: enough for real use, far too few for a "billion laughs". */
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 50;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(true) // reported with their line by Fields, not thrown
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setUseMarks(true)
            .setCodePointLimit(64 * 1024 * 1024)
            .build();

    private Yaml() {
    }

    /** The root node, empty for empty front matter; on a syntax error adds it to {@code problems}. */
    static Optional<Node> parse(SourceFile file, List<Diagnostic> problems) {
        try {
            var composer = new Composer(SETTINGS, new ParserImpl(SETTINGS,
                    new StreamReader(SETTINGS, file.frontMatter())));
            Optional<Node> root = composer.getSingleNode();
            root.ifPresent(node -> checkDepth(file, node, 0, problems));
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

    private static void checkDepth(SourceFile file, Node node, int depth, List<Diagnostic> problems) {
        if (depth > MAX_DEPTH) {
            problems.add(Diagnostic.error(new SourcePos(file.path(), Fields.line(file, node)),
                    "front matter is nested too deeply (more than " + MAX_DEPTH + " levels)"));
            return;
        }
        if (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode map) {
            for (var tuple : map.getValue()) {
                checkDepth(file, tuple.getValueNode(), depth + 1, problems);
                if (!problems.isEmpty()) {
                    return;
                }
            }
        } else if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq) {
            for (var item : seq.getValue()) {
                checkDepth(file, item, depth + 1, problems);
                if (!problems.isEmpty()) {
                    return;
                }
            }
        }
    }
}
