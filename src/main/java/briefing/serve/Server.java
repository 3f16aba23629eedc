package briefing.serve;

import briefing.model.Diagnostic;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code briefing serve}: builds, serves the site from memory, watches the content and templates,
 * rebuilds on every save and makes open pages reload themselves (server-sent events). While the
 * content is broken, pages carry the errors above the last good version. The reload script and the
 * errors are added to served pages only, never written to the site folder: see {@link Preview}.
 */
public final class Server implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json",
            "application/json; charset=utf-8", "xml", "application/xml; charset=utf-8", "txt",
            "text/plain; charset=utf-8", "svg", "image/svg+xml");

    private final LiveSite site;
    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "briefing-serve");
        t.setDaemon(true);
        return t;
    });
    private final Watcher watcher;
    private final Path templates;
    private final PrintWriter log;
    private final HostCheck hosts;
    private final SourceView sources;
    private final Object versionLock = new Object();
    private volatile boolean closed;

    private Server(LiveSite site, HttpServer http, Watcher watcher, Path templates, PrintWriter log, HostCheck hosts,
            SourceView sources) {
        this.site = site;
        this.hosts = hosts;
        this.sources = sources;
        this.http = http;
        this.watcher = watcher;
        this.templates = templates;
        this.log = log;
    }

    /**
     * Builds once and starts serving and watching.
     *
     * @param bind the address to listen on; null means loopback only
     * @param log  where rebuilds and problems are reported
     */
    public static Server start(Path content, String display, Path templates, String bind, int port, PrintWriter log)
            throws IOException {
        return start(content, display, templates, bind, port, List.of(), log);
    }

    /**
     * Builds once and starts serving and watching.
     *
     * @param bind       the address to listen on; null means loopback only
     * @param allowHosts host names requests may use besides addresses and {@code localhost}
     * @param log        where rebuilds and problems are reported
     */
    public static Server start(Path content, String display, Path templates, String bind, int port,
            List<String> allowHosts, PrintWriter log) throws IOException {
        LiveSite site = new LiveSite(content, display, templates);
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 64);
        List<Path> roots = new ArrayList<>(List.of(content));
        if (templates != null) {
            roots.add(templates);
        }
        Server server = new Server(site, http, new Watcher(roots), templates, log, new HostCheck(allowHosts),
                new SourceView(content, display, templates));
        server.report(site.rebuild(Set.of()));
        http.createContext("/", server::handle);
        http.setExecutor(server.threads);
        http.start();
        server.threads.submit(() -> server.watcher.run(server::changed));
        return server;
    }

    /** The address the server listens on, such as {@code http://127.0.0.1:4000/}. */
    public URI address() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The version of the site being served; it grows by one with every rebuild. */
    public long version() {
        return site.snapshot().version();
    }

    private void changed(Set<Path> paths) {
        List<String> changedTemplates = new ArrayList<>();
        if (templates != null) {
            for (Path p : paths) {
                if (p.startsWith(templates)) {
                    changedTemplates.add(templates.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        try {
            report(site.rebuild(changedTemplates));
        } catch (RuntimeException e) {
            log.println("briefing serve: rebuild failed: " + e);
            log.flush();
        }
        synchronized (versionLock) {
            versionLock.notifyAll();
        }
    }

    private void report(LiveSite.Rebuild r) {
        for (Diagnostic d : r.snapshot().diagnostics()) {
            log.println(d.format());
        }
        if (r.snapshot().broken()) {
            log.println(String.format(Locale.ROOT, "Content has errors; still serving the last good site (%.0f ms)",
                    r.millis()));
        } else {
            log.println(String.format(Locale.ROOT, "Rebuilt in %.0f ms: %d page%s rendered, %d file%s read",
                    r.millis(), r.rendered(), r.rendered() == 1 ? "" : "s", r.filesRead(),
                    r.filesRead() == 1 ? "" : "s"));
        }
        log.flush();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (!hosts.allows(host)) {
                refuse(exchange, host);
                return;
            }
            if (path.equals(SourceView.ADDRESS)) {
                source(exchange);
                return;
            }
            if (path.equals(Preview.EVENTS)) {
                events(exchange);
                return;
            }
            byte[] own = Preview.FILES.get(path);
            if (own != null) {
                send(exchange, 200, TYPES.get(extension(path)), own);
                return;
            }
            LiveSite.Snapshot snapshot = site.snapshot();
            String file = path.startsWith("/") ? path.substring(1) : path;
            if (file.isEmpty() || file.endsWith("/")) {
                file = file + "index.html";
            }
            byte[] body = file.contains("..") ? null : snapshot.files().get(file);
            int status = 200;
            if (body == null) {
                status = 404;
                file = "404.html";
                body = snapshot.files().getOrDefault(file, "Not found\n".getBytes(StandardCharsets.UTF_8));
            }
            String ext = extension(file);
            if (ext.equals("html")) {
                body = Preview.steps(snapshot).apply(file, body);
            }
            send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private void refuse(HttpExchange exchange, String host) throws IOException {
        String name = host.replaceAll("[^A-Za-z0-9.:\\[\\]-]", "?");
        String bare = name.startsWith("[") || name.lastIndexOf(':') < 0 ? name : name.substring(0, name.lastIndexOf(':'));
        send(exchange, 403, "text/plain; charset=utf-8", ("This preview answers only at localhost, at an address"
                + " such as 127.0.0.1, or at a name it was started to allow, so that other web pages cannot read it.\n"
                + "This request was made to \"" + name + "\". To allow that name, start the preview with:\n"
                + "  briefing serve --allow-host " + bare + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void source(HttpExchange exchange) throws IOException {
        String named = parameter(exchange.getRequestURI().getRawQuery(), "file");
        Optional<Path> file = sources.file(named);
        if (file.isEmpty()) {
            send(exchange, 404, "text/plain; charset=utf-8", ("The preview shows only files inside the content"
                    + " and templates folders.\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<Diagnostic> problems = site.snapshot().diagnostics().stream().filter(d -> d.path().equals(named))
                .toList();
        send(exchange, 200, TYPES.get("html"),
                SourceView.page(named, file.get(), problems).getBytes(StandardCharsets.UTF_8));
    }

    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long seen = site.snapshot().version();
        try {
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                synchronized (versionLock) {
                    if (site.snapshot().version() == seen) {
                        versionLock.wait(TimeUnit.SECONDS.toMillis(15));
                    }
                }
                long now = site.snapshot().version();
                String message = now != seen ? "data: " + now + "\n\n" : ": still here\n\n";
                seen = now;
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the page went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Stops serving and watching. */
    @Override
    public void close() {
        closed = true;
        synchronized (versionLock) {
            versionLock.notifyAll();
        }
        http.stop(0);
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
