package id.simlayan.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import id.simlayan.identity.IdentityFixtures.TestAccount;
import id.simlayan.knowledge.internal.Article;
import id.simlayan.knowledge.internal.KnowledgeStore;
import id.simlayan.knowledge.internal.Section;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import id.simlayan.ticket.TicketFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The knowledge base through its pages: agents write and publish, everyone reads and searches
 * published articles, drafts stay hidden, votes count once per session. Data goes in through
 * the editor's forms; the store is only read to find ids and check outcomes.
 */
class KnowledgeBaseIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    KnowledgeStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationContext context;

    IdentityFixtures people;
    MockHttpSession agent;
    String unique;

    @BeforeEach
    void setUp() throws Exception {
        people = new IdentityFixtures(provisioning, directory);
        agent = people.login(mvc, people.anAgent());
        // letters only: the words go through full-text search, where digits would make separate tokens
        var random = java.util.concurrent.ThreadLocalRandom.current();
        unique = random.ints(10, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void anAgentCreatesADraftPublishesItAndTheChangesAreAudited() throws Exception {
        Section section = aSection("Akun " + unique);
        String title = "Cara mengganti kata sandi " + unique;

        postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "slug", "", "titleId", title,
                "titleEn", "How to change the password " + unique, "bodyId", "Buka **Profil**, lalu pilih *Ganti kata sandi*.",
                "bodyEn", "Open **Profile**, then choose *Change password*.")
                .andExpect(status().is3xxRedirection());
        Article draft = article(title);
        assertThat(draft.slug()).isEqualTo("cara-mengganti-kata-sandi-" + unique);
        assertThat(draft.published()).isFalse();
        mvc.perform(get("/bantuan/" + draft.slug())).andExpect(status().isNotFound());

        postAs(agent, "/petugas/bantuan/artikel/" + draft.id() + "/terbitkan", "version", String.valueOf(draft.version()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/bantuan/" + draft.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("<strong>Profil</strong>")))
                .andExpect(content().string(containsString("Apakah ini membantu?")))
                .andExpect(content().string(not(containsString("id=\"kb-draft\""))));
        mvc.perform(get("/bantuan/" + draft.slug()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("How to change the password " + unique)))
                .andExpect(content().string(containsString("<strong>Profile</strong>")));
        mvc.perform(get("/bantuan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Akun " + unique)))
                .andExpect(content().string(containsString("href=\"/bantuan/" + draft.slug() + "\"")));
        assertThat(audit.entriesFor("KB_ARTICLE", draft.id().toString(), 10)).extracting(AuditLog.RecordedEntry::action)
                .contains("KB_ARTICLE_CREATE", "KB_ARTICLE_PUBLISH");

        postAs(agent, "/petugas/bantuan/artikel/" + draft.id() + "/tarik", "version", String.valueOf(article(title).version()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/bantuan/" + draft.slug())).andExpect(status().isNotFound());
    }

    @Test
    void aDraftIsNotFoundForVisitorsAndRequestersButShownToEditorsWithABadge() throws Exception {
        Article draft = aDraft(aSection("Rahasia " + unique), "Rencana " + unique, "Belum siap dibaca.");
        String page = "/bantuan/" + draft.slug();

        mvc.perform(get(page)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Belum siap dibaca."))));
        mvc.perform(get(page).session(people.login(mvc, people.aRequester()))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/suara").param("helpful", "true").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(page).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kb-draft\"")))
                .andExpect(content().string(containsString(">Draf<")))
                .andExpect(content().string(containsString("Belum siap dibaca.")));
        mvc.perform(get(page).session(people.login(mvc, people.anAdmin()))).andExpect(status().isOk());
    }

    @Test
    void searchFindsAPublishedArticleByAWordInItsBodyInEitherLanguageButNeverADraft() throws Exception {
        Section section = aSection("Cari " + unique);
        String word = "zq" + unique;
        Article published = aPublished(section, "Jaringan lambat " + unique, "Periksa kabel dan modem " + word + "lengkap.", "Check " + unique + "cable");
        Article draft = aDraft(section, "Jaringan putus " + unique, "Hubungi teknisi " + word + "lengkap.");

        // a prefix of the word is enough: 'simple' has no stemmer
        mvc.perform(get("/bantuan").param("q", word)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/bantuan/" + published.slug() + "\"")))
                .andExpect(content().string(not(containsString(draft.slug()))))
                .andExpect(content().string(containsString("1 artikel")));
        mvc.perform(get("/bantuan").param("q", unique + "cable")).andExpect(status().isOk())
                .andExpect(content().string(containsString(published.slug())));
        mvc.perform(get("/bantuan").param("q", "kabel " + word)).andExpect(status().isOk())
                .andExpect(content().string(containsString(published.slug())));
        mvc.perform(get("/bantuan").param("q", "tidakada" + unique)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada artikel yang cocok.")));
        // tsquery syntax typed by a visitor is only words
        mvc.perform(get("/bantuan").param("q", word + " & !(|:*")).andExpect(status().isOk())
                .andExpect(content().string(containsString(published.slug())));
    }

    @Test
    void suggestionsWhileTypingASubjectListMatchingPublishedTitlesThatOpenInANewTab() throws Exception {
        Section section = aSection("Saran " + unique);
        Article published = aPublished(section, "Lupa sandi e-Budgeting " + unique, "Minta reset sandi.", null);
        Article draft = aDraft(section, "Sandi e-Budgeting draf " + unique, "Belum.");

        mvc.perform(get("/bantuan/saran").param("subject", "sandi budgeting " + unique).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lupa sandi e-Budgeting " + unique)))
                .andExpect(content().string(containsString("href=\"/bantuan/" + published.slug() + "\" target=\"_blank\" rel=\"noopener\"")))
                .andExpect(content().string(not(containsString(draft.slug()))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/bantuan/saran").param("q", "lupa " + unique)).andExpect(status().isOk())
                .andExpect(content().string(containsString(published.slug())));
        mvc.perform(get("/bantuan/saran").param("subject", "lu")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<li"))));
    }

    @Test
    void theSubmissionFormAsksForSuggestionsWhileTheSubjectIsTyped() throws Exception {
        var service = new TicketFixtures(context).aService(TicketKind.REQUEST);
        var requester = people.login(mvc, people.aRequester());

        mvc.perform(get("/tiket/baru/" + service.code()).session(requester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/bantuan/saran\"")))
                .andExpect(content().string(containsString("hx-trigger=\"keyup changed delay:400ms\"")))
                .andExpect(content().string(containsString("id=\"kb-suggestions\"")));
    }

    @Test
    void aVoteCountsOncePerSessionAndHtmxGetsOnlyTheVoteBox() throws Exception {
        Article article = aPublished(aSection("Suara " + unique), "Jam layanan " + unique, "Senin sampai Jumat.", null);
        String vote = "/bantuan/" + article.slug() + "/suara";
        var visitor = new MockHttpSession();

        mvc.perform(post(vote).param("helpful", "true").session(visitor).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/bantuan/" + article.slug() + "#kb-votes"));
        mvc.perform(post(vote).param("helpful", "true").session(visitor).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(vote).param("helpful", "false").session(visitor).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kb-votes\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"kb-votes-yes\">1<")))
                .andExpect(content().string(containsString("id=\"kb-votes-no\">0<")));

        var other = new MockHttpSession();
        mvc.perform(post(vote).param("helpful", "false").session(other).with(csrf())).andExpect(status().is3xxRedirection());
        // the page after the plain POST thanks once; later visits say the vote is in
        mvc.perform(get("/bantuan/" + article.slug()).session(other)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kb-votes-yes\">1<")))
                .andExpect(content().string(containsString("id=\"kb-votes-no\">1<")))
                .andExpect(content().string(containsString("Terima kasih atas tanggapan Anda.")));
        mvc.perform(get("/bantuan/" + article.slug()).session(other)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Anda sudah memberi tanggapan")));
        // without the CSRF token nothing is counted
        mvc.perform(post(vote).param("helpful", "true").session(new MockHttpSession())).andExpect(status().isForbidden());
        mvc.perform(post(vote).param("helpful", "kadang").session(new MockHttpSession()).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(get("/bantuan/" + article.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kb-votes-yes\">1<")))
                .andExpect(content().string(containsString("id=\"kb-votes-no\">1<")));
    }

    @Test
    void badInputShowsTheFormAgainWithMessagesAndSavesNothing() throws Exception {
        Section section = aSection("Salah " + unique);
        int before = store.articles(true).size();

        postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "slug", "", "titleId", " ", "bodyId", "")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("is-invalid")));
        postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "slug", "Huruf Besar", "titleId", "Judul " + unique,
                "bodyId", "Isi")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Alamat hanya boleh berisi huruf kecil")))
                .andExpect(content().string(containsString("Judul " + unique)));
        postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "slug", "saran", "titleId", "Judul " + unique,
                "bodyId", "Isi")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Alamat hanya boleh berisi huruf kecil")));
        postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "titleId", "Judul " + unique, "bodyId", "Isi",
                "titleEn", "Title only")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Isi judul dan isi bahasa Inggris bersama-sama")));
        postAs(agent, "/petugas/bantuan/artikel", "sectionId", UUID.randomUUID().toString(), "titleId", "Judul " + unique, "bodyId", "Isi")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bagian ini tidak ada lagi.")));
        postAs(agent, "/petugas/bantuan/bagian", "titleId", "").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wajib diisi.")));

        assertThat(store.articles(true)).hasSize(before);
        Article taken = aDraft(section, "Sudah ada " + unique, "Isi.");
        postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "slug", taken.slug(), "titleId", "Lain " + unique,
                "bodyId", "Isi")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Alamat ini sudah dipakai artikel lain.")));
        assertThat(store.articles(true)).hasSize(before + 1);
    }

    @Test
    void aFormOlderThanTheArticleIsRefusedWith409AndChangesNothing() throws Exception {
        Section section = aSection("Basi " + unique);
        Article draft = aDraft(section, "Versi " + unique, "Pertama.");
        String seen = String.valueOf(draft.version());
        postAs(agent, "/petugas/bantuan/artikel/" + draft.id(), "version", seen, "sectionId", section.id().toString(), "slug", "",
                "titleId", "Versi " + unique, "bodyId", "Kedua.")
                .andExpect(status().is3xxRedirection());

        postAs(agent, "/petugas/bantuan/artikel/" + draft.id(), "version", seen, "sectionId", section.id().toString(), "slug", "",
                "titleId", "Versi " + unique, "bodyId", "Ketiga.")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("telah diubah orang lain")));
        assertThat(store.article(draft.id()).orElseThrow().bodyId()).isEqualTo("Kedua.");
    }

    @Test
    void onlyFrontDeskAgentsAndAdminsMayEdit() throws Exception {
        Section section = aSection("Hak " + unique);
        int before = store.articles(true).size();
        String[] article = {"sectionId", section.id().toString(), "titleId", "Tidak boleh " + unique, "bodyId", "Isi"};

        postAs(people.login(mvc, people.aRequester()), "/petugas/bantuan/artikel", article).andExpect(status().isForbidden());
        postAs(people.login(mvc, people.aTechnician(people.aUnit())), "/petugas/bantuan/artikel", article)
                .andExpect(status().isForbidden());
        mvc.perform(get("/petugas/bantuan").session(people.login(mvc, people.aTechnician(people.aUnit()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petugas/bantuan/artikel").params(params(article)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(store.articles(true)).hasSize(before);

        TestAccount admin = people.anAdmin();
        postAs(people.login(mvc, admin), "/petugas/bantuan/artikel", article).andExpect(status().is3xxRedirection());
        assertThat(store.articles(true)).hasSize(before + 1);
    }

    @Test
    void anEditorRenamesAndReordersSections() throws Exception {
        Section first = aSection("Pertama " + unique);
        Section second = aSection("Kedua " + unique);

        postAs(agent, "/petugas/bantuan/bagian/" + second.id() + "/naik").andExpect(status().is3xxRedirection());
        var order = store.sections().stream().map(Section::id).toList();
        assertThat(order.indexOf(second.id())).isLessThan(order.indexOf(first.id()));

        postAs(agent, "/petugas/bantuan/bagian/" + first.id(), "titleId", "Diganti " + unique, "titleEn", "Renamed " + unique,
                "version", String.valueOf(store.section(first.id()).orElseThrow().version()))
                .andExpect(status().is3xxRedirection());
        assertThat(store.section(first.id()).orElseThrow().titleEn()).isEqualTo("Renamed " + unique);
        mvc.perform(get("/petugas/bantuan").session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Diganti " + unique)));
    }

    @Test
    void theOldFaqAddressMovesToTheHelpPages() throws Exception {
        mvc.perform(get("/faq")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/bantuan"));
        mvc.perform(get("/bantuan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q\"")));
    }

    // --- helpers ------------------------------------------------------------------------

    private Section aSection(String title) throws Exception {
        postAs(agent, "/petugas/bantuan/bagian", "titleId", title, "titleEn", "").andExpect(status().is3xxRedirection());
        return store.sectionTitled(title).orElseThrow();
    }

    private Article aDraft(Section section, String title, String body) throws Exception {
        postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "slug", "", "titleId", title, "bodyId", body)
                .andExpect(status().is3xxRedirection());
        return article(title);
    }

    private Article aPublished(Section section, String title, String body, String bodyEn) throws Exception {
        if (bodyEn == null) {
            aDraft(section, title, body);
        } else {
            postAs(agent, "/petugas/bantuan/artikel", "sectionId", section.id().toString(), "titleId", title, "bodyId", body,
                    "titleEn", title + " (en)", "bodyEn", bodyEn).andExpect(status().is3xxRedirection());
        }
        Article draft = article(title);
        postAs(agent, "/petugas/bantuan/artikel/" + draft.id() + "/terbitkan", "version", String.valueOf(draft.version()))
                .andExpect(status().is3xxRedirection());
        return article(title);
    }

    private Article article(String titleId) {
        return store.articles(true).stream().filter(a -> a.titleId().equals(titleId)).findFirst().orElseThrow();
    }

    private ResultActions postAs(MockHttpSession session, String path, String... params) throws Exception {
        return mvc.perform(post(path).session(session).with(csrf()).params(params(params)));
    }

    private static org.springframework.util.MultiValueMap<String, String> params(String... pairs) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
