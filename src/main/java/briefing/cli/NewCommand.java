package briefing.cli;

import briefing.model.Kind;
import briefing.scaffold.Scaffold;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code briefing new}: a content file that builds at once, or a whole starter briefing. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes a new content file, valid as written, with the optional fields as comments.",
            "  new article|actor|event|claim ID [--title TEXT] [--content DIR]",
            "  new site DIR      creates DIR/content with a complete starter briefing"})
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "article, actor, event, claim or site")
    String what;

    @Parameters(index = "1", paramLabel = "ID", description = "The new item's id (for site: the folder to create).")
    String id;

    @Option(names = {"--title", "--name"}, paramLabel = "TEXT",
            description = "The title (article, event), name (actor) or statement (claim).")
    String text;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            if (what.equals("site")) {
                Path written = Scaffold.site(Path.of(id));
                out.println("Created " + written + " with a starter briefing. Next:");
                out.println("  cd " + id + " && briefing build      (or: briefing serve, to preview as you edit)");
                out.flush();
                return 0;
            }
            Kind kind = Kind.byPrefix(what).orElse(null);
            if (kind == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + what + "' is not something briefing can create: use article, actor, event, claim or site");
            }
            Path written = Scaffold.item(content, kind, id, text);
            out.println("Wrote " + written);
            if (kind == Kind.CLAIM) {
                out.println("Articles to choose from: " + String.join(", ", Scaffold.articleIds(content)));
            }
            out.flush();
            return 0;
        } catch (Scaffold.Refusal e) {
            err.println("briefing new: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
