package briefing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --content} and {@code --templates}, shared by the commands that read a briefing. */
final class ContentOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates that replace the bundled ones of the same name.")
    Path templates;
}
