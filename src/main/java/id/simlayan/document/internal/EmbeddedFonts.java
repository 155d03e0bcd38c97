package id.simlayan.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The fonts every document is set in, read once from the class path ({@code fonts/}, DejaVu
 * Sans: Latin with the accents Indonesian and regional names use). Registered both under their
 * family name and as the fallback tried before PDF's built-in fonts, so no text is ever set in
 * a non-embedded base-14 font (which could not show ē or é, and depends on the reader).
 */
@Component
class EmbeddedFonts {

    static final String FAMILY = "DejaVu Sans";

    private record Face(byte[] bytes, int weight, FontStyle style) {
    }

    private final List<Face> faces;

    EmbeddedFonts() {
        this.faces = List.of(
                new Face(read("fonts/DejaVuSans.ttf"), 400, FontStyle.NORMAL),
                new Face(read("fonts/DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(read("fonts/DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC),
                new Face(read("fonts/DejaVuSans-BoldOblique.ttf"), 700, FontStyle.ITALIC));
    }

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            // subset: only the glyphs used are embedded, so a one-page annex stays small
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + resource + " could not be read", e);
        }
    }
}
