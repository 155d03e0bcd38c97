package id.simlayan.document;

/** Renders a Thymeleaf template to a PDF whose fonts are embedded (the reader needs none installed). */
public interface DocumentRenderer {

    /**
     * @throws org.thymeleaf.exceptions.TemplateProcessingException when the template is missing or fails
     * @throws java.io.UncheckedIOException when the PDF cannot be produced
     */
    RenderedDocument render(DocumentRequest request);
}
