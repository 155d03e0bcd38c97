package id.simlayan.knowledge.web;

import id.simlayan.identity.CurrentUser;
import id.simlayan.knowledge.ArticleId;
import id.simlayan.knowledge.SectionId;
import id.simlayan.knowledge.internal.Article;
import id.simlayan.knowledge.internal.KnowledgeEditing;
import id.simlayan.knowledge.internal.KnowledgeRuleViolation;
import id.simlayan.knowledge.internal.Section;
import id.simlayan.knowledge.web.KnowledgeForms.ArticleForm;
import id.simlayan.knowledge.web.KnowledgeForms.SectionForm;
import id.simlayan.knowledge.web.KnowledgeForms.VersionForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /petugas/bantuan}: front-desk agents and admins keep the knowledge base. Every form is a
 * plain POST-redirect-GET; bad input shows the form again with HTTP 400 and saves nothing; a form
 * older than the article shows it again with HTTP 409.
 */
@Controller
class KnowledgeEditorController {

    static final String LIST_VIEW = "knowledge/editor";
    static final String ARTICLE_FORM_VIEW = "knowledge/article-form";
    static final String SECTION_FORM_VIEW = "knowledge/section-form";
    private static final String LIST_PATH = "/petugas/bantuan";

    private final KnowledgeEditing editing;
    private final MessageSource messages;

    KnowledgeEditorController(KnowledgeEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    /** A section with all its articles, drafts included. */
    record SectionEntries(Section section, List<Article> articles) {
    }

    @GetMapping(LIST_PATH)
    String list(CurrentUser user, Model model) {
        return listPage(user, model, SectionForm.empty());
    }

    // --- articles -----------------------------------------------------------------------

    @GetMapping(LIST_PATH + "/artikel/baru")
    String newArticle(CurrentUser user, Model model) {
        var sections = editing.sections(user);
        return articleForm(model, null, ArticleForm.empty(sections.isEmpty() ? null : sections.getFirst().id().value()), sections);
    }

    @PostMapping(LIST_PATH + "/artikel")
    String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        editing.requireEditor(user, "KB_ARTICLE_CREATE");
        var id = attempt(errors, response, () -> editing.createArticle(user, form.toDraft()));
        if (id == null) {
            return articleForm(model, null, form, editing.sections(user));
        }
        return done(redirect, "knowledge.done.created", locale, LIST_PATH + "/artikel/" + id);
    }

    @GetMapping(LIST_PATH + "/artikel/{id}")
    String editArticle(@PathVariable UUID id, CurrentUser user, Model model) {
        var article = editing.article(user, new ArticleId(id));
        return articleForm(model, article, ArticleForm.of(article), editing.sections(user));
    }

    @PostMapping(LIST_PATH + "/artikel/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult errors, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var articleId = new ArticleId(id);
        var current = editing.article(user, articleId);
        if (form.version() == null && !errors.hasErrors()) {
            errors.reject("knowledge.error.stale");
        }
        var saved = attempt(errors, response, () -> {
            editing.updateArticle(user, articleId, form.version(), form.toDraft());
            return articleId;
        });
        if (saved == null) {
            return articleForm(model, current, form, editing.sections(user));
        }
        return done(redirect, "knowledge.done.updated", locale, LIST_PATH + "/artikel/" + id);
    }

    @PostMapping(LIST_PATH + "/artikel/{id}/terbitkan")
    String publish(@PathVariable UUID id, @Valid @ModelAttribute VersionForm form, BindingResult errors, CurrentUser user,
                   RedirectAttributes redirect, Locale locale) {
        return statusChange(id, form, errors, redirect, locale, "knowledge.done.published",
                () -> editing.publish(user, new ArticleId(id), form.version()));
    }

    @PostMapping(LIST_PATH + "/artikel/{id}/tarik")
    String unpublish(@PathVariable UUID id, @Valid @ModelAttribute VersionForm form, BindingResult errors, CurrentUser user,
                     RedirectAttributes redirect, Locale locale) {
        return statusChange(id, form, errors, redirect, locale, "knowledge.done.unpublished",
                () -> editing.unpublish(user, new ArticleId(id), form.version()));
    }

    // --- sections -----------------------------------------------------------------------

    @PostMapping(LIST_PATH + "/bagian")
    String createSection(@Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult errors, CurrentUser user, Model model,
                         HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        editing.requireEditor(user, "KB_SECTION_CREATE");
        var id = attempt(errors, response, () -> editing.createSection(user, form.titleId(), form.titleEn()));
        if (id == null) {
            return listPage(user, model, form);
        }
        return done(redirect, "knowledge.done.sectionCreated", locale, LIST_PATH);
    }

    @GetMapping(LIST_PATH + "/bagian/{id}")
    String editSection(@PathVariable UUID id, CurrentUser user, Model model) {
        var section = editing.section(user, new SectionId(id));
        model.addAttribute("section", section);
        model.addAttribute("sectionForm", new SectionForm(section.titleId(), section.titleEn(), section.version()));
        return SECTION_FORM_VIEW;
    }

    @PostMapping(LIST_PATH + "/bagian/{id}")
    String renameSection(@PathVariable UUID id, @Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult errors,
                         CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        var sectionId = new SectionId(id);
        var section = editing.section(user, sectionId);
        if (form.version() == null && !errors.hasErrors()) {
            errors.reject("knowledge.error.stale");
        }
        var saved = attempt(errors, response, () -> {
            editing.renameSection(user, sectionId, form.version(), form.titleId(), form.titleEn());
            return sectionId;
        });
        if (saved == null) {
            model.addAttribute("section", section);
            return SECTION_FORM_VIEW;
        }
        return done(redirect, "knowledge.done.sectionRenamed", locale, LIST_PATH);
    }

    @PostMapping(LIST_PATH + "/bagian/{id}/naik")
    String moveUp(@PathVariable UUID id, CurrentUser user) {
        editing.moveSection(user, new SectionId(id), true);
        return "redirect:" + LIST_PATH + "#bagian-" + id;
    }

    @PostMapping(LIST_PATH + "/bagian/{id}/turun")
    String moveDown(@PathVariable UUID id, CurrentUser user) {
        editing.moveSection(user, new SectionId(id), false);
        return "redirect:" + LIST_PATH + "#bagian-" + id;
    }

    // --- internals ----------------------------------------------------------------------

    /**
     * Runs the change when the form is valid; a refused rule becomes a message on its field (400)
     * or on the form (409, stale). Null when nothing was saved.
     */
    private static <T> T attempt(BindingResult errors, HttpServletResponse response, Supplier<T> change) {
        if (!errors.hasErrors()) {
            try {
                return change.get();
            } catch (KnowledgeRuleViolation refused) {
                if (refused.field() != null) {
                    errors.rejectValue(refused.field(), refused.messageCode());
                } else {
                    errors.reject(refused.messageCode());
                }
            }
        }
        boolean stale = errors.getGlobalErrors().stream().anyMatch(e -> "knowledge.error.stale".equals(e.getCode()));
        response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        return null;
    }

    private String statusChange(UUID id, VersionForm form, BindingResult errors, RedirectAttributes redirect, Locale locale,
                                String doneCode, Runnable change) {
        String code = "knowledge.error.stale";
        if (!errors.hasErrors()) {
            try {
                change.run();
                code = doneCode;
            } catch (KnowledgeRuleViolation refused) {
                code = refused.messageCode();
            }
        }
        if (!code.equals(doneCode)) {
            redirect.addFlashAttribute("flashError", messages.getMessage(code, null, locale));
            return "redirect:" + LIST_PATH + "/artikel/" + id;
        }
        return done(redirect, doneCode, locale, LIST_PATH + "/artikel/" + id);
    }

    private String listPage(CurrentUser user, Model model, SectionForm sectionForm) {
        var articles = editing.allArticles(user);
        Map<SectionId, List<Article>> bySection = articles.stream()
                .collect(Collectors.groupingBy(Article::sectionId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("sections", editing.sections(user).stream()
                .map(s -> new SectionEntries(s, bySection.getOrDefault(s.id(), List.of()))).toList());
        model.addAttribute("sectionForm", sectionForm);
        return LIST_VIEW;
    }

    private String articleForm(Model model, Article article, ArticleForm form, List<Section> sections) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("sections", sections);
        return ARTICLE_FORM_VIEW;
    }

    private String done(RedirectAttributes redirect, String code, Locale locale, String path) {
        redirect.addFlashAttribute("flash", messages.getMessage(code, null, locale));
        return "redirect:" + path;
    }
}
