package briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.Await;
import briefing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview answers only requests made to this machine by an address or an allowed name (a
 * defence against DNS rebinding), and shows the files its problems name from inside the content
 * folder only. Requests are written by hand on a socket, so the {@code Host} header is exactly what a
 * browser tricked by another site would send.
 */
class PreviewSafetyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:4000", "127.0.0.1.evil.example", "localhost.evil.example",
        "attacker.example:80", "10.0.0.1.nip.io"})
    void aRequestMadeToAnyOtherNameIsRefusedEverywhere(String host) throws Exception {
        try (Server server = start(List.of())) {
            for (String path : List.of("/", "/index.html", "/__briefing/reload.js", "/__briefing/preview.css",
                    "/__briefing/events", "/__briefing/source?file=content%2Findex.md")) {
                Raw r = request(server, path, host);
                assertThat(r.status()).as(path + " for Host " + host).isEqualTo(403);
                assertThat(r.body()).contains("briefing serve --allow-host")
                        .doesNotContain("Valmora");
            }
        }
    }

    @Test
    void requestsMadeToTheMachinesOwnNamesAndAddressesAndAllowedNamesAreAnswered() throws Exception {
        try (Server server = start(List.of("preview.newsroom.test"))) {
            int port = server.address().getPort();
            for (String host : List.of("localhost", "localhost:" + port, "LOCALHOST:" + port, "127.0.0.1:" + port,
                    "127.0.0.1", "[::1]:" + port, "192.168.1.20:" + port, "app.localhost:" + port,
                    "preview.newsroom.test", "Preview.Newsroom.Test:" + port)) {
                Raw r = request(server, "/index.html", host);
                assertThat(r.status()).as("Host " + host).isEqualTo(200);
                assertThat(r.body()).contains("Valmora");
            }
            assertThat(request(server, "/index.html", "other.newsroom.test").status()).isEqualTo(403);
        }
    }

    @Test
    void eachProblemOpensItsFileWithTheLineMarkedFromThePreviewItself() throws Exception {
        try (Server server = start(List.of())) {
            Path claim = dir.resolve("content/claims/strike-legal.md");
            long version = server.version();
            Path next = Files.writeString(dir.resolve("next.md"),
                    Files.readString(claim).replace("stance: disputes", "stance: denies"));
            Files.move(next, claim, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Await.until("a rebuild after the edit", () -> server.version() > version);
            assertThat(request(server, "/index.html", "localhost").body()).contains("role=\"alert\"");

            Document page = Jsoup.parse(request(server, "/index.html", "localhost").body());
            Element link = page.selectFirst(".briefing-preview-errors a");
            assertThat(link).isNotNull();
            assertThat(link.attr("href")).isEqualTo("/__briefing/source?file=content%2Fclaims%2Fstrike-legal.md#L6");

            Raw view = request(server, link.attr("href").replace("#L6", ""), "localhost");
            assertThat(view.status()).isEqualTo(200);
            Document source = Jsoup.parse(view.body());
            assertThat(source.select("h1").text()).isEqualTo("content/claims/strike-legal.md");
            Element marked = source.getElementById("L6");
            assertThat(marked).isNotNull();
            assertThat(marked.hasClass("marked")).isTrue();
            assertThat(marked.selectFirst("code").text()).isEqualTo("stance: denies");
            assertThat(marked.select(".problem").text()).startsWith("Error: 'stance'");
            assertThat(source.getElementById("L5").hasClass("marked")).isFalse();
            assertThat(source.select("ol.briefing-lines > li")).hasSize(Files.readAllLines(claim).size());
            assertThat(source.select("header a[href=#L6]").text()).isEqualTo("line 6");
        }
    }

    @Test
    void theFileViewShowsNothingOutsideTheContentFolder() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the password is swordfish\n");
        try (Server server = start(List.of())) {
            Files.createSymbolicLink(dir.resolve("content/actors/link.md"), secret);
            for (String file : List.of("content/../secret.txt", "content%2F..%2Fsecret.txt", secret.toString(),
                    "/etc/passwd", "content/actors/link.md", "content/actors", "secret.txt", "", "%00")) {
                Raw r = request(server, "/__briefing/source?file=" + file, "localhost");
                assertThat(r.status()).as(file).isEqualTo(404);
                assertThat(r.body()).doesNotContain("swordfish").doesNotContain("root:");
            }
            assertThat(request(server, "/__briefing/source", "localhost").status()).isEqualTo(404);
            Raw inside = request(server, "/__briefing/source?file=content%2Factors%2Fana-ruiz.md", "localhost");
            assertThat(inside.status()).isEqualTo(200);
            assertThat(inside.body()).contains("Ana Ruiz");
        }
    }

    private Server start(List<String> allowHosts) throws IOException {
        Path content = TestFiles.copySmall(dir);
        return Server.start(content, "content", null, null, 0, allowHosts, new PrintWriter(new StringWriter()));
    }

    private record Raw(int status, String body) {
    }

    /** One GET on a fresh connection, with the Host header given; reads headers and body up to a limit. */
    private static Raw request(Server server, String path, String host) throws IOException {
        URI address = server.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(Await.HANG_GUARD_MINUTES));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int status = Integer.parseInt(head.substring(9, 12));
            if (head.toLowerCase().contains("content-type: text/event-stream")) {
                return new Raw(status, ""); // an open stream: the status is what counts
            }
            return new Raw(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
