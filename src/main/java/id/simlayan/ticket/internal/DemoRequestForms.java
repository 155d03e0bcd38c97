package id.simlayan.ticket.internal;

import id.simlayan.identity.UnitId;
import id.simlayan.standard.DocumentType;
import id.simlayan.standard.FormField;
import id.simlayan.standard.FormInput;
import id.simlayan.standard.RequestForm;
import id.simlayan.storage.FileUpload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Fills a demo ticket's request form the way a requester would: the answers the demo gives, and
 * for every other required field a plausible value of its kind, so the demo keeps starting when
 * an admin adds a required field to a demo service. The intake checks these like any answer.
 */
final class DemoRequestForms {

    /** A demo NIK of Kota Pekalongan (3375): a woman born 5 January 1990, sequence 0001. */
    static final String DEMO_NIK = "3375014501900001";

    record Filled(FormInput answers, Map<String, List<FileUpload>> documents) {
    }

    private DemoRequestForms() {
    }

    /**
     * @param given answers by field key; a LETTER as {@code "number|-days"} (dated that many days
     *              before today, {@code {year}} in the number replaced by today's year)
     * @param unit  the requester's unit, for UNIT fields not given
     */
    static Filled fill(RequestForm form, Map<String, String> given, UnitId unit, LocalDate today) {
        var values = new LinkedHashMap<String, List<String>>();
        var documents = new LinkedHashMap<String, List<FileUpload>>();
        for (FormField field : form.fields()) {
            String value = given.get(field.key());
            if (value == null && !field.required()) {
                continue;
            }
            switch (field.kind()) {
                case LETTER -> {
                    String[] parts = (value == null ? "001/DEMO/{year}|-1" : value).split("\\|", 2);
                    values.put(field.key() + FormInput.LETTER_NUMBER, List.of(parts[0].replace("{year}", String.valueOf(today.getYear()))));
                    values.put(field.key() + FormInput.LETTER_DATE, List.of(today.plusDays(Long.parseLong(parts[1])).toString()));
                }
                case DOCUMENT -> documents.put(field.key(), List.of(document(field)));
                default -> values.put(field.key(), List.of(value == null ? fallback(field, unit, today) : value));
            }
        }
        return new Filled(new FormInput(values, Map.of()), documents);
    }

    private static String fallback(FormField field, UnitId unit, LocalDate today) {
        return switch (field.kind()) {
            case SHORT_TEXT, LONG_TEXT -> "Sebagaimana diuraikan pada tiket.";
            case NUMBER -> String.valueOf(field.minimum() == null ? 1 : Math.max(1, field.minimum()));
            case DATE -> today.toString();
            case CHOICE, MULTI_CHOICE -> field.options().getFirst();
            case UNIT -> unit.value().toString();
            case NIK -> DEMO_NIK;
            case EMAIL -> "pemohon.demo@simlayan.test";
            case PHONE -> "081234567890";
            case LETTER, DOCUMENT -> throw new IllegalArgumentException(field.kind() + " has no single value");
        };
    }

    /** An image where the field takes one (like a photographed letter), otherwise a one-page PDF. */
    private static FileUpload document(FormField field) {
        if (field.documentTypes().contains(DocumentType.IMAGE)) {
            var picture = TicketDemoData.picture();
            return new FileUpload(field.key() + ".png", picture.size(), picture.content());
        }
        byte[] pdf = letter(field.label());
        return new FileUpload(field.key() + ".pdf", pdf.length, () -> new ByteArrayInputStream(pdf));
    }

    private static byte[] letter(String title) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 720);
                text.showText(title + " (data demo)");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
