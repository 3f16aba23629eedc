package briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.Await;
import briefing.TestFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview over real HTTP on the loopback address, with real file edits. */
class ServerTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/small");

    @TempDir
    Path dir;

    @Test
    void servesRebuildsOnSaveShowsErrorsOverTheLastGoodPageAndRecovers() throws Exception {
        Path content = dir.resolve("content");
        TestFiles.copyTree(FIXTURE, content);
        StringWriter log = new StringWriter();
        try (Server server = Server.start(content, "content", null, null, 0, new PrintWriter(log, true))) {
            assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
            Response index = get(server, "");
            assertThat(index.status()).isEqualTo(200);
            assertThat(index.body()).contains("<h1>The Valmora harbour strike</h1>")
                    .contains("<script src=\"/__briefing/reload.js\"></script>\n</body>")
                    .doesNotContain("role=\"alert\"");
            assertThat(get(server, "__briefing/reload.js").body()).contains("EventSource");
            assertThat(get(server, "actors/no-such-actor.html").status()).isEqualTo(404);
            assertThat(get(server, "../../etc/passwd").status()).isEqualTo(404);

            long version = server.version();
            replace(content.resolve("index.md"), "The Valmora harbour strike", "The Valmora dock strike");
            awaitVersionAfter(server, version);
            assertThat(get(server, "index.html").body()).contains("<h1>The Valmora dock strike</h1>");

            version = server.version();
            replace(content.resolve("claims/strike-legal.md"), "stance: disputes", "stance: denies");
            awaitVersionAfter(server, version);
            Response broken = get(server, "claims/strike-legal.html");
            assertThat(broken.status()).isEqualTo(200);
            assertThat(broken.body()).contains("role=\"alert\"")
                    .contains("content/claims/strike-legal.md:6: error: &#39;stance&#39;".replace("&#39;", "'"))
                    .contains("href=\"/__briefing/source?file=content%2Fclaims%2Fstrike-legal.md#L6\"")
                    .contains("<h1>The strike is legal</h1>");

            version = server.version();
            replace(content.resolve("claims/strike-legal.md"), "stance: denies", "stance: disputes");
            awaitVersionAfter(server, version);
            assertThat(get(server, "claims/strike-legal.html").body()).doesNotContain("role=\"alert\"");
        }
        assertThat(log.toString()).contains("Rebuilt in").contains("Content has errors");
        assertThat(Files.exists(dir.resolve("site"))).as("serve writes nothing to disk").isFalse();
    }

    @Test
    void eventsStreamAnnouncesEachRebuild() throws Exception {
        Path content = dir.resolve("content");
        TestFiles.copyTree(FIXTURE, content);
        try (Server server = Server.start(content, "content", null, null, 0, new PrintWriter(new StringWriter()))) {
            HttpURLConnection events = (HttpURLConnection) server.address().resolve("__briefing/events").toURL()
                    .openConnection();
            events.setReadTimeout((int) TimeUnit.MINUTES.toMillis(Await.HANG_GUARD_MINUTES)); // a hang guard
            try (BufferedReader in = new BufferedReader(new InputStreamReader(events.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(events.getContentType()).startsWith("text/event-stream");
                assertThat(in.readLine()).isEqualTo(": connected");
                long version = server.version();
                replace(content.resolve("index.md"), "Dock workers", "Dockers");
                String line;
                do {
                    line = in.readLine();
                } while (line != null && !line.startsWith("data:"));
                assertThat(line).isEqualTo("data: " + (version + 1));
            } finally {
                events.disconnect();
            }
        }
    }

    private record Response(int status, String body) {
    }

    private static Response get(Server server, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(server.address() + path).toURL().openConnection();
        int status = c.getResponseCode();
        var stream = status < 400 ? c.getInputStream() : c.getErrorStream();
        String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        c.disconnect();
        return new Response(status, body);
    }

    private static void awaitVersionAfter(Server server, long version) {
        Await.until("a rebuild after version " + version, () -> server.version() > version);
    }

    /**
     * Changes a content file in one step: the new text is written beside the content folder and moved
     * over the file, so the watcher never sees it half written (a rebuild of a half-written file would
     * end the wait for a rebuild before the whole change is in).
     */
    private void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path next = Files.writeString(dir.resolve("next-" + file.getFileName()), text.replace(from, to),
                StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

}
