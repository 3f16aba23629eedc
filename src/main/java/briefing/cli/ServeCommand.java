package briefing.cli;

import briefing.serve.Server;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code briefing serve}: a live preview that rebuilds on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Builds the site and serves it on this machine, rebuilding on every save of the content or",
            "templates; open pages reload by themselves. Nothing is written to disk. Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ContentOptions source = new ContentOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "4000",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on this address instead of 127.0.0.1 (e.g. 0.0.0.0 to be reachable from other"
                    + " machines).")
    String bind;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = {"Also answer requests made to this host name (repeatable). By default the preview answers",
                "only at localhost and at addresses such as 127.0.0.1, so that other web pages cannot read it."})
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        Server server;
        try {
            server = Server.start(source.content, source.content.toString(), source.templates, bind, port,
                    allowHosts, spec.commandLine().getErr());
        } catch (IOException e) {
            spec.commandLine().getErr().println("briefing serve: cannot listen on port " + port + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }));
        out.println("Serving " + source.content + " at " + server.address() + " (Ctrl-C stops)");
        out.flush();
        if (open) {
            openBrowser(server.address().toString());
        }
        stopped.await();
        return 0;
    }

    private void openBrowser(String url) {
        for (String command : new String[] {"xdg-open", "open"}) {
            try {
                new ProcessBuilder(command, url).redirectErrorStream(true).start();
                return;
            } catch (IOException ignored) {
                // try the next opener
            }
        }
        spec.commandLine().getErr().println("briefing serve: could not open a browser; open " + url + " by hand");
    }
}
