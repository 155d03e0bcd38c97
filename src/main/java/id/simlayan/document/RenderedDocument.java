package id.simlayan.document;

import java.util.Arrays;

/**
 * A generated PDF.
 *
 * @param pdf the file's bytes (copied in and out: the value cannot be changed afterwards)
 * @param sha256 lower-case hex SHA-256 of {@code pdf}, as storage records it
 * @param pageCount number of pages
 */
public record RenderedDocument(byte[] pdf, String sha256, int pageCount) {

    public RenderedDocument {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("A rendered document has bytes");
        }
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    public int size() {
        return pdf.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocument that && pageCount == that.pageCount && sha256.equals(that.sha256)
                && Arrays.equals(pdf, that.pdf);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + pdf.length + " bytes, " + pageCount + " pages, sha256=" + sha256 + "]";
    }
}
