package briefing.cli;

import briefing.model.Ids;
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
            "  new claim ID [--article ID]  quotes a whole sentence of that article",
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

    @Option(names = "--article", paramLabel = "ID",
            description = "For a claim: the article to quote a sentence of (default: the one the fewest claims quote).")
    String article;

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
                HowToRun run = HowToRun.current();
                out.println("Created " + written + " with a starter briefing. Next:");
                out.println("  cd " + HowToRun.quote(id));
                out.println("  " + run.command() + " build    # writes site/: open site/index.html in a browser");
                out.println("  " + run.command() + " serve    # a preview at http://127.0.0.1:4000/ that follows"
                        + " your edits (Ctrl-C stops it)");
                run.install().ifPresent(install -> out.println("briefing is not on your PATH: " + install
                        + " puts it there, and then 'briefing' works in any folder."));
                out.flush();
                return 0;
            }
            Kind kind = Kind.byPrefix(what).orElse(null);
            if (kind == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + what + "' is not something briefing can create: use article, actor, event, claim or site");
            }
            if (article != null && kind != Kind.CLAIM) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--article names the article a new claim quotes; it does not apply to 'new " + what + "'");
            }
            boolean chosen = kind == Kind.CLAIM && article == null && Ids.isValid(id);
            String quoted = chosen ? Scaffold.defaultArticle(content) : article;
            Path written = Scaffold.item(content, kind, id, text, quoted);
            out.println("Wrote " + written);
            switch (kind) {
                case ARTICLE -> out.println("Paste the article's text into it, below the front matter.");
                case ACTOR -> out.println("Write the actor's profile below the front matter, and list in 'aliases'"
                        + " every other spelling the articles use.");
                case EVENT -> out.println("Its date is today's for now: replace it with the event's date.");
                case CLAIM -> { }
            }
            if (kind == Kind.CLAIM) {
                out.println("It quotes a sentence of the article '" + quoted + "'" + (chosen
                        ? " (of the articles with text, the one the fewest claims quote); to quote another, remove"
                        + " the file and add --article ID." : "."));
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
