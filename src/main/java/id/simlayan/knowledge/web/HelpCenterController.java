package id.simlayan.knowledge.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.knowledge.internal.HelpArticles;
import id.simlayan.knowledge.internal.KnowledgeEditing;
import id.simlayan.knowledge.web.KnowledgeForms.VoteForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public help pages: {@code /bantuan} (sections, search), {@code /bantuan/{slug}} (an
 * article with "Apakah ini membantu?"), {@code /bantuan/saran} (suggestions while a subject is
 * typed) and {@code /faq}, the old address, moved here for good.
 */
@Controller
class HelpCenterController {

    static final String INDEX_VIEW = "knowledge/index";
    static final String ARTICLE_VIEW = "knowledge/article";
    /** Session attribute: the random id that makes a session's vote count once. */
    static final String VOTER = "kbVoter";
    /** Longer queries are cut: nobody types more into a search box, and the query stays cheap. */
    static final int MAX_QUERY = 200;
    /** Fewer letters suggest nothing: a prefix of one or two letters matches almost everything. */
    static final int MIN_SUGGESTION_QUERY = 3;

    private final HelpArticles help;
    private final KnowledgeEditing editing;

    HelpCenterController(HelpArticles help, KnowledgeEditing editing) {
        this.help = help;
        this.editing = editing;
    }

    @GetMapping("/faq")
    ResponseEntity<Void> faq() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/bantuan")).build();
    }

    @GetMapping("/bantuan")
    String index(@RequestParam(name = "q", required = false) String q, Optional<CurrentUser> user, Model model) {
        String query = q == null || q.isBlank() ? null : cut(q.strip());
        model.addAttribute("q", query);
        if (query == null) {
            model.addAttribute("sections", help.publishedSections());
        } else {
            model.addAttribute("results", help.search(query));
        }
        model.addAttribute("editor", editing.mayEdit(user.orElse(null)));
        return INDEX_VIEW;
    }

    /** Up to five published articles for what is typed; the submission form sends its {@code subject} field. */
    @GetMapping("/bantuan/saran")
    String suggestions(@RequestParam(name = "q", required = false) String q,
                       @RequestParam(name = "subject", required = false) String subject, Model model) {
        String typed = q != null ? q : subject;
        boolean enough = typed != null && typed.strip().length() >= MIN_SUGGESTION_QUERY;
        model.addAttribute("suggestions", enough ? help.suggestions(cut(typed.strip())) : List.of());
        return "knowledge/parts :: suggestions";
    }

    @GetMapping("/bantuan/{slug}")
    String article(@PathVariable String slug, Optional<CurrentUser> user, HttpServletRequest request, Model model) {
        var article = help.article(slug, user.orElse(null));
        model.addAttribute("article", article);
        model.addAttribute("section", help.sectionOf(article));
        model.addAttribute("editor", editing.mayEdit(user.orElse(null)));
        model.addAttribute("votes", help.votes(article, voter(request.getSession(false))));
        return ARTICLE_VIEW;
    }

    /** One vote per session and article; htmx gets the vote box back, a plain form the article page. */
    @PostMapping("/bantuan/{slug}/suara")
    String vote(@PathVariable String slug, @Valid @ModelAttribute VoteForm form, BindingResult errors, HttpSession session,
                @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            var article = help.article(slug, null);
            model.addAttribute("article", article);
            model.addAttribute("votes", help.votes(article, voter(session)));
            return "knowledge/parts :: votes";
        }
        UUID voter = voter(session);
        if (voter == null) {
            voter = UUID.randomUUID();
            session.setAttribute(VOTER, voter);
        }
        var votes = help.vote(slug, voter, form.helpful());
        if (htmx != null) {
            model.addAttribute("article", help.article(slug, null));
            model.addAttribute("votes", votes);
            model.addAttribute("thanks", true);
            return "knowledge/parts :: votes";
        }
        redirect.addFlashAttribute("thanks", true);
        return "redirect:" + UriComponentsBuilder.fromPath("/bantuan/{slug}").fragment("kb-votes").buildAndExpand(slug).encode().toUriString();
    }

    private static UUID voter(HttpSession session) {
        return session == null ? null : (UUID) session.getAttribute(VOTER);
    }

    private static String cut(String text) {
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }
}
