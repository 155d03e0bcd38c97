package id.simlayan.storage.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.TestMailServer;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.ticket.TicketFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Multipart requests against the real server (Tomcat parses multipart bodies, MockMvc does
 * not), through the ticket submission form: anonymous bodies are refused unread, a body without
 * a boundary gets 400, too many files or parts are sent back, and signed-in uploads still work.
 * Same configuration as the browser journeys, so a full build shares one context with them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MultipartGateIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TicketFixtures tickets;
    ServiceOfferingView service;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.get();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        registry.add("simlayan.notification.dispatch-interval", () -> "1s");
    }

    @BeforeEach
    void service() {
        tickets = new TicketFixtures(context);
        tickets.people().frontDesk(); // submitted tickets go to the front desk
        service = tickets.aService(TicketKind.REQUEST);
    }

    @Test
    void anAnonymousTenMegabyteUploadIsRefusedBeforeItsBodyIsRead() throws IOException {
        long storedBefore = storedFiles();
        String boundary = "----simlayan" + UUID.randomUUID();
        long declared = 10L * 1024 * 1024;

        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            // the bound of the wait: a server that reads the whole body before answering never answers here
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /tiket/baru/" + service.code() + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"besar.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();

            String head = readHead(socket.getInputStream());

            // answered after 64 KiB of 10 MiB: the rest of the body was never needed
            assertThat(head).startsWith("HTTP/1.1 403");
            assertThat(head.toLowerCase()).contains("connection: close");
        }
        assertThat(storedFiles()).isEqualTo(storedBefore);
    }

    @Test
    void anAnonymousHtmxUploadIsSentToTheLoginPage() throws Exception {
        var response = anonymous().send(multipart("/tiket/baru/" + service.code(), "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nx\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8))
                        .header("HX-Request", "true").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).contains("/masuk");
    }

    @Test
    void aMultipartRequestWithoutBoundaryGets400WithAMessageAndChangesNothing() throws Exception {
        var requester = tickets.people().aRequester();
        var browser = signedIn(requester);
        String csrf = csrfOf(browser, "/tiket/baru/" + service.code());
        long storedBefore = storedFiles();
        String subject = "Tanpa boundary " + UUID.randomUUID();

        var response = browser.send(multipart("/tiket/baru/" + service.code(), "multipart/form-data",
                        ("--x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--x\r\n"
                                + "Content-Disposition: form-data; name=\"subject\"\r\n\r\n" + subject + "\r\n--x--\r\n")
                                .getBytes(StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Permintaan tidak dapat dibaca", "Tidak ada yang disimpan atau diubah");
        assertThat(storedFiles()).isEqualTo(storedBefore);
        assertThat(page(browser, "/lacak")).doesNotContain(subject);
    }

    @Test
    void aSignedInUploadStillWorks() throws Exception {
        var requester = tickets.people().aRequester();
        var browser = signedIn(requester);
        String csrf = csrfOf(browser, "/tiket/baru/" + service.code());
        long storedBefore = storedFiles();
        String subject = "Dengan lampiran " + UUID.randomUUID();

        var response = browser.send(submission(csrf, subject, 1), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/lacak/"));
        assertThat(storedFiles()).isEqualTo(storedBefore + 1);
        assertThat(page(browser, "/lacak")).contains(subject);
    }

    @Test
    void moreFilesThanAllowedAreSentBackWithAMessageAndNothingIsKept() throws Exception {
        var requester = tickets.people().aRequester();
        var browser = signedIn(requester);
        String form = "/tiket/baru/" + service.code();
        String csrf = csrfOf(browser, form);
        long storedBefore = storedFiles();

        // six files: the application's limit; thirty: Tomcat's part limit (max-part-count) refuses the body itself
        for (int files : new int[] {6, 30}) {
            String subject = files + " lampiran " + UUID.randomUUID();
            var response = browser.send(submission(csrf, subject, files), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("%d files", files).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).contains(form);
            assertThat(page(browser, form)).as("%d files", files).contains("Terlalu banyak berkas dalam satu kiriman: paling banyak 5 berkas.");
            assertThat(page(browser, "/lacak")).doesNotContain(subject);
        }
        assertThat(storedFiles()).isEqualTo(storedBefore);
    }

    private HttpRequest submission(String csrf, String subject, int fileCount) {
        var body = new ByteArrayOutputStream();
        String boundary = "----simlayan" + UUID.randomUUID();
        field(body, boundary, "_csrf", csrf);
        field(body, boundary, "subject", subject);
        field(body, boundary, "description", "Uraian untuk " + subject);
        field(body, boundary, "categoryId", service.categories().getFirst().id().value().toString());
        byte[] png = png();
        for (int i = 0; i < fileCount; i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"foto-" + i + ".png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(png);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return multipart("/tiket/baru/" + service.code(), "multipart/form-data; boundary=" + boundary, body.toByteArray())
                .header("Referer", url("/tiket/baru/" + service.code()))
                .build();
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder multipart(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpClient anonymous() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the real login form; the client keeps the session cookie. */
    private HttpClient signedIn(TestAccount account) throws Exception {
        var browser = anonymous();
        String csrf = csrfOf(browser, "/masuk");
        String form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(account.password(), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var login = browser.send(HttpRequest.newBuilder(URI.create(url("/masuk")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).as("login of " + account.email())
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/masuk"));
        return browser;
    }

    private String csrfOf(HttpClient browser, String path) throws Exception {
        var matcher = CSRF.matcher(page(browser, path));
        assertThat(matcher.find()).as("CSRF token on " + path).isTrue();
        return matcher.group(1);
    }

    private String page(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long storedFiles() {
        return jdbc.sql("SELECT count(*) FROM stored_files").query(Long.class).single();
    }

    /** Status line and headers of the response, up to the blank line. */
    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] png() {
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2255aa);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
