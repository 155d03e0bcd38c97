package id.simlayan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.platform.internal.HtmlAllowList;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextUnitTests {

    private final RichText richText = new RichText();

    private Document render(String markdown) {
        String html = richText.html(markdown);
        Document document = Jsoup.parseBodyFragment(html);
        assertHarmless(document);
        return document;
    }

    /** What must hold for any output: nothing that runs script, loads content or styles the page. */
    private static void assertHarmless(Document document) {
        assertThat(document.body().select("script, style, iframe, object, embed, img, svg, math, form, input, link, meta, base"))
                .isEmpty();
        for (Element element : document.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
            }
        }
        for (Element link : document.body().select("a")) {
            assertThat(link.attr("href")).matches("(?i)^(https?://|mailto:|/[^/\\\\]).*");
            assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        }
    }

    @Nested
    class Formatting {

        @Test
        void rendersEmphasisHeadingsAndLinks() {
            Document html = render("""
                    # Persyaratan

                    Bawa **KTP** dan *surat pengantar*. Lihat [SP4N-LAPOR!](https://www.lapor.go.id) \
                    atau tulis ke <layanan@diskominfo.example.go.id>.
                    """);

            assertThat(html.select("h3").text()).isEqualTo("Persyaratan");
            assertThat(html.select("h1, h2")).isEmpty();
            assertThat(html.select("strong").text()).isEqualTo("KTP");
            assertThat(html.select("em").text()).isEqualTo("surat pengantar");
            assertThat(html.select("a[href=https://www.lapor.go.id]").text()).isEqualTo("SP4N-LAPOR!");
            assertThat(html.select("a[href=mailto:layanan@diskominfo.example.go.id]")).hasSize(1);
        }

        @Test
        void linksBareAddressesAndSitePaths() {
            Document html = render("Formulir di https://simlayan.example.go.id/layanan dan [daftar layanan](/layanan/SP4N).");

            assertThat(html.select("a").eachAttr("href"))
                    .containsExactly("https://simlayan.example.go.id/layanan", "/layanan/SP4N");
        }

        @Test
        void keepsNestedListsAndTables() {
            Document html = render("""
                    1. Pemohon mengisi formulir
                       - nama dan NIK
                       - nomor telepon
                    2. Petugas memverifikasi

                    | Komponen | Uraian |
                    |:---------|-------:|
                    | Biaya    | Gratis |
                    | Waktu    | 5 hari kerja |
                    """);

            assertThat(html.select("ol > li")).hasSize(2);
            assertThat(html.select("ol > li > ul > li").eachText()).containsExactly("nama dan NIK", "nomor telepon");
            assertThat(html.select("table > thead > tr > th").eachText()).containsExactly("Komponen", "Uraian");
            assertThat(html.select("table > tbody > tr")).hasSize(2);
            assertThat(html.select("tbody td").eachText()).contains("Gratis", "5 hari kerja");
            assertThat(html.select("th").first().attr("align")).isEqualTo("left");
        }

        @Test
        void escapesPlainTextWithAngleBracketsAndAmpersands() {
            String html = richText.html("Jika nilai < 5 & status \"baru\", hubungi Bidang TIK & Persandian.");

            assertThat(html).isEqualTo("<p>Jika nilai &lt; 5 &amp; status \"baru\", hubungi Bidang TIK &amp; Persandian.</p>");
        }

        @Test
        void emptyAndNullTextRenderNothing() {
            assertThat(richText.render(null).isEmpty()).isTrue();
            assertThat(richText.render("").html()).isEmpty();
            assertThat(richText.render("  \n\t ").html()).isEmpty();
            assertThat(richText.html(null)).isEmpty();
        }

        @Test
        void outputIsWellFormedXml() throws Exception {
            String html = richText.html("Baris satu  \nbaris dua\n\n---\n\nNama&nbsp;lengkap");

            var parser = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
            parser.parse(new org.xml.sax.InputSource(new java.io.StringReader("<div>" + html + "</div>")));
            assertThat(html).contains("<br />").contains("<hr />");
        }
    }

    @Nested
    class Attacks {

        @Test
        void scriptTagsAreShownAsText() {
            Document html = render("Halo <script>alert('xss')</script>\n\n<script src=\"https://evil.example/x.js\"></script>");

            assertThat(html.select("script")).isEmpty();
            assertThat(html.text()).contains("<script>alert('xss')</script>");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "<img src=x onerror=alert(1)>",
                "<a href=\"https://a.example\" onclick=\"alert(1)\">klik</a>",
                "<p onmouseover=\"alert(1)\">teks</p>",
                "<svg onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "[klik](<https://a.example/\" onclick=\"alert(1)>)",
                "[klik](https://a.example \"judul\\\" onclick=\\\"alert(1)\")",
        })
        void eventHandlerAttributesNeverSurvive(String markdown) {
            Document html = render(markdown);

            assertThat(html.body().getAllElements()).allSatisfy(element ->
                    assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "[klik](javascript:alert(1))",
                "[klik](JaVaScRiPt:alert(1))",
                "[klik](  javascript:alert(1))",
                "[klik](jav&#x09;ascript:alert(1))",
                "[klik](&#106;avascript:alert(1))",
                "[klik](java&#x0A;script:alert(1))",
                "[klik](<javascript:alert(1)>)",
                "<javascript:alert(1)>",
                "[klik](vbscript:msgbox(1))",
                "[klik](VBScript:msgbox(1))",
                "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[klik](DATA:text/html,<script>alert(1)</script>)",
                "[klik](//evil.example/phish)",
                "[klik](/\\evil.example/phish)",
                "[klik][ref]\n\n[ref]: javascript:alert(1)",
        })
        void dangerousLinksLoseTheirAddressButKeepTheirText(String markdown) {
            Document html = render(markdown);

            assertThat(html.select("a")).isEmpty();
            assertThat(html.html().toLowerCase(Locale.ROOT)).doesNotContain("href");
        }

        @Test
        void htmlCommentsAreShownAsText() {
            String html = richText.html("Sebelum <!-- <script>alert(1)</script> --> sesudah\n\n<!--\nblok\n-->");

            assertThat(html).doesNotContain("<!--").contains("&lt;!--");
        }

        @Test
        void styleAttributesAndStyleElementsAreNotInterpreted() {
            Document html = render("<p style=\"position:fixed;top:0\">tertutup</p>\n\n<style>body{display:none}</style>");

            assertThat(html.select("[style], style")).isEmpty();
        }

        @Test
        void iframesAreNotInterpreted() {
            Document html = render("<iframe src=\"https://evil.example\"></iframe>\n\nteks <iframe srcdoc=\"<script>alert(1)</script>\">");

            assertThat(html.select("iframe")).isEmpty();
        }

        @Test
        void imagesBecomeTheirDescription() {
            Document html = render("Denah: ![denah lantai 2](https://evil.example/track.png) dan ![x](/files/1)");

            assertThat(html.select("img")).isEmpty();
            assertThat(html.text()).isEqualTo("Denah: denah lantai 2 dan x");
        }
    }

    /** The second stage on its own: it must hold even if the Markdown stage let raw HTML through. */
    @Nested
    class AllowListAlone {

        private final HtmlAllowList allowList = new HtmlAllowList();

        private Document clean(String html) {
            Document document = Jsoup.parseBodyFragment(allowList.clean(html));
            assertHarmless(document);
            return document;
        }

        @Test
        void dropsScriptsIframesAndStyles() {
            Document html = clean("<p style=\"color:red\">a</p><script>alert(1)</script><iframe src=\"https://x.example\"></iframe>"
                    + "<style>p{}</style><!-- komentar -->");

            assertThat(html.body().html()).isEqualTo("<p>a</p>");
        }

        @Test
        void dropsEventHandlersAndImages() {
            Document html = clean("<p onclick=\"alert(1)\">a</p><img src=x onerror=alert(1)><a href=\"https://a.example\" onmouseover=\"x()\">b</a>");

            assertThat(html.select("p").first().attributes().size()).isZero();
            assertThat(html.select("a").first().attr("href")).isEqualTo("https://a.example");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)",
                "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", " javascript:alert(1)",
        })
        void dropsDangerousLinks(String href) {
            Document html = clean("<a href=\"" + href + "\">klik</a>");

            assertThat(html.select("a")).isEmpty();
            assertThat(html.text()).isEqualTo("klik");
        }

        @Test
        void enforcesRelOnEveryLink() {
            Document html = clean("<a href=\"https://a.example\" rel=\"opener\" target=\"_blank\">a</a>");

            Element link = html.select("a").first();
            assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
            assertThat(link.hasAttr("target")).isFalse();
        }
    }
}
