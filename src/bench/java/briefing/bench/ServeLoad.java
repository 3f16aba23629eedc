package briefing.bench;

import briefing.serve.Server;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The preview under load: many open pages waiting for reloads and many readers at once, round after
 * round, with an article edited in every round. It reports requests served, errors (which must be
 * none), whether every open page heard of every rebuild, and the heap after a full collection at the
 * end of each round (which must not keep growing). Server and clients share this process.
 *
 * <p>Usage: {@code java briefing.bench.ServeLoad CONTENT [CLIENTS] [STREAMS] [ROUNDS] [REQUESTS]}
 * where REQUESTS is per client and round. Exits 1 on any error or missed reload.
 */
public final class ServeLoad {
    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int streams = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        List<String> pages = pages(content);
        Path article = firstArticle(content);
        String original = Files.readString(article, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Listener> listeners = new ArrayList<>();
        boolean ok = true;
        try (Server server = Server.start(content, "content", null, null, 0, new PrintWriter(new StringWriter()))) {
            for (int i = 0; i < streams; i++) {
                listeners.add(new Listener(server.address()));
            }
            System.out.printf(Locale.ROOT, "serve under load: %d pages to ask for, %d clients, %d open reload streams,"
                    + " %d requests per client and round (%s)%n", pages.size(), clients, streams, requests, content);
            System.out.println("round  requests  errors  seconds  req/s  reloads heard  heap after GC (MiB)  threads");
            double firstHeap = 0;
            double lastHeap = 0;
            for (int round = 1; round <= rounds; round++) {
                AtomicInteger errors = new AtomicInteger();
                AtomicInteger served = new AtomicInteger();
                long start = System.nanoTime();
                List<Future<?>> work = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    Random random = new Random(round * 1000L + c);
                    work.add(pool.submit(() -> {
                        for (int r = 0; r < requests; r++) {
                            if (get(server.address(), pages.get(random.nextInt(pages.size())))) {
                                served.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }));
                }
                long before = server.version();
                edit(article, original + "\nRound " + round + ".\n");
                for (Future<?> f : work) {
                    f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (server.version() <= before && System.nanoTime() < deadline) {
                    Thread.sleep(10); // a busy wait would take a core from the server it measures
                }
                long version = server.version();
                while (listeners.stream().anyMatch(l -> l.heard.get() < version) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                long heard = listeners.stream().filter(l -> l.heard.get() >= version).count();
                double heap = heapAfterGc();
                if (round == 1) {
                    firstHeap = heap;
                }
                lastHeap = heap;
                ok &= errors.get() == 0 && heard == streams;
                System.out.printf(Locale.ROOT, "%5d  %8d  %6d  %7.2f  %5.0f  %7d/%-5d  %19.1f  %7d%n", round,
                        served.get() + errors.get(), errors.get(), seconds, served.get() / seconds, heard, streams, heap,
                        Thread.activeCount());
            }
            System.out.printf(Locale.ROOT, "heap after GC, last round against first: %.2f (%.1f MiB against %.1f)%n",
                    lastHeap / firstHeap, lastHeap, firstHeap);
        } finally {
            edit(article, original);
            listeners.forEach(Listener::close);
            pool.shutdownNow();
        }
        System.out.println(ok ? "serve load: no errors, every open page heard every rebuild"
                : "serve load: FAILED (errors or missed reloads above)");
        System.exit(ok ? 0 : 1);
    }

    private static List<String> pages(Path content) throws IOException {
        List<String> pages = new ArrayList<>(List.of("", "compare.html", "timeline.html", "actors/", "sources/",
                "events/", "__briefing/reload.js"));
        for (String[] kind : new String[][] {{"articles", "sources"}, {"actors", "actors"}, {"claims", "claims"}}) {
            try (Stream<Path> files = Files.list(content.resolve(kind[0]))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.startsWith("_"))
                        .sorted().limit(300)
                        .forEach(n -> pages.add(kind[1] + "/" + n.substring(0, n.length() - 3) + ".html"));
            }
        }
        return pages;
    }

    private static Path firstArticle(Path content) throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("articles"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static boolean get(URI server, String page) {
        try {
            HttpURLConnection c = (HttpURLConnection) server.resolve(page).toURL().openConnection();
            c.setConnectTimeout(60_000);
            c.setReadTimeout(60_000);
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Replaces a file in one step, as an editor's save does, so no rebuild sees it half written. */
    private static void edit(Path file, String text) throws IOException {
        Path next = Files.writeString(file.resolveSibling(".load-" + file.getFileName()), text, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** One open page: a stream of reload announcements, read on its own thread; remembers the latest version. */
    private static final class Listener {
        final AtomicLong heard = new AtomicLong();
        private final Socket socket;

        Listener(URI server) throws IOException {
            socket = new Socket(server.getHost(), server.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("GET /__briefing/events HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Thread reader = new Thread(() -> {
                try {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int at = line.indexOf("data: ");
                        if (at >= 0) {
                            heard.set(Long.parseLong(line.substring(at + 6).trim()));
                        }
                    }
                } catch (IOException | NumberFormatException e) {
                    // closed
                }
            }, "load-listener");
            reader.setDaemon(true);
            reader.start();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
