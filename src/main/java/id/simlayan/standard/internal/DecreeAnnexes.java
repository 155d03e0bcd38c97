package id.simlayan.standard.internal;

import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.document.DocumentArchive;
import id.simlayan.document.DocumentRenderer;
import id.simlayan.document.DocumentRequest;
import id.simlayan.document.RenderedDocument;
import id.simlayan.identity.UserId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.storage.FileStore;
import id.simlayan.storage.RejectedFileException;
import id.simlayan.storage.StoredFile;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard as a decree annex (Lampiran Keputusan) in PDF, template
 * {@code templates/standard/annex.html}. A published version's annex is rendered once, in
 * Indonesian (the language of the decree), and kept through storage with its SHA-256, so the
 * file handed out later is byte for byte the one of the publication even when the template or
 * the fonts change. A draft is only ever rendered for a preview, never kept.
 */
@Service
public class DecreeAnnexes {

    /** The kept copy is the official one: the decree is Indonesian whatever the downloader's language. */
    static final Locale DECREE_LANGUAGE = Locale.forLanguageTag("id-ID");

    private final StandardStore store;
    private final ServiceCatalog catalog;
    private final DocumentRenderer renderer;
    private final DocumentArchive archive;
    private final FileStore files;
    private final MessageSource messages;

    DecreeAnnexes(StandardStore store, ServiceCatalog catalog, DocumentRenderer renderer, DocumentArchive archive, FileStore files,
                  MessageSource messages) {
        this.store = store;
        this.catalog = catalog;
        this.renderer = renderer;
        this.archive = archive;
        this.files = files;
        this.messages = messages;
    }

    /** Renders without keeping: the admin's preview of a draft (marked DRAF), in {@code locale}. */
    public RenderedDocument render(ServiceOfferingView service, StandardVersion version, Locale locale) {
        String decree = version.decree().number();
        String title = decree != null
                ? messages.getMessage("standard.annex.title", new Object[] {decree}, locale)
                : messages.getMessage("standard.annex.titleNoDecree", new Object[] {service.name()}, locale);
        return renderer.render(new DocumentRequest("standard/annex",
                Map.of("service", service, "version", version, "draft", version.isDraft()), locale, title));
    }

    /** The kept annex of a version, if it has one yet. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> kept(StandardVersionId version) {
        return store.annexOf(version).flatMap(files::find);
    }

    /**
     * The kept annex of a published or superseded version; one published before annexes were
     * kept (migration V1103) gets it now, once: the row lock makes a second, concurrent first
     * download wait and then find it.
     */
    @Transactional
    public StoredFile keptOrKeep(ServiceOfferingView service, StandardVersion version) {
        if (version.isDraft()) {
            throw new StandardRuleViolation("standard.error.annexOfDraft");
        }
        var existing = store.annexOfLocked(version.id());
        if (existing.isPresent()) {
            return files.find(existing.get()).orElseThrow(() -> new IllegalStateException("annex file " + existing.get() + " is missing"));
        }
        return keep(service, version, null);
    }

    /**
     * Renders and keeps the annex of a version that has just been published; in the caller's
     * transaction (called in one), so a failure undoes the publication and a rollback removes the
     * file.
     *
     * @throws StandardRuleViolation {@code standard.error.annexNotKept} when storage refuses the
     *         PDF (larger than its limit) or cannot write it
     */
    StoredFile keep(ServiceOfferingView service, StandardVersion version, UserId by) {
        var document = render(service, version, DECREE_LANGUAGE);
        StoredFile stored;
        try {
            stored = archive.store(document, fileName(service, version), by == null ? null : by.value());
        } catch (RejectedFileException | UncheckedIOException e) {
            throw new StandardRuleViolation("standard.error.annexNotKept", e);
        }
        store.keepAnnex(version.id(), stored.id());
        return stored;
    }

    /** Only letters, digits and hyphens, whatever the service code holds. */
    public static String fileName(ServiceOfferingView service, StandardVersion version) {
        String code = service.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return "standar-pelayanan-" + (code.isEmpty() ? "layanan" : code) + "-v" + version.number()
                + (version.isDraft() ? "-draf" : "") + ".pdf";
    }

    ServiceOfferingView serviceOf(StandardVersion version) {
        return catalog.find(version.serviceId()).orElseThrow(() -> new IllegalStateException("no service " + version.serviceId()));
    }
}
