package id.simlayan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.identity.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class WorkflowDiagramUnitTests {

    static final Actor AGENT = new Actor(Role.AGENT, Scope.FRONT_DESK);

    static WorkflowDefinition threeStages(String firstLabel) {
        return new WorkflowDefinition("uji", "Alur uji", null, "a", List.of(
                new Stage("a", firstLabel, "First", PublicStatus.DITERIMA, false, List.of(
                        new Step("terima", "Terima", null, StepKind.ACCEPT, null, "b", List.of(AGENT), Set.of()))),
                new Stage("b", "Diproses", "In process", PublicStatus.DIPROSES, false, List.of(
                        new Step("delegasi", "Delegasikan", null, StepKind.DELEGATE, null, "b", List.of(AGENT), Set.of()),
                        new Step("kembali", "Kembalikan", null, StepKind.SEND_BACK, null, "a", List.of(AGENT), Set.of()),
                        new Step("selesai", "Selesaikan", null, StepKind.RESOLVE, null, "c", List.of(AGENT), Set.of()))),
                new Stage("c", "Ditutup", "Closed", PublicStatus.DITUTUP, true, List.of())));
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsEveryStageOnceAndEveryStepThatLeavesItsStage() throws Exception {
        var doc = parse(WorkflowDiagram.svg(threeStages("Diterima"), null, "Alur", Locale.of("id")));

        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(3);
        // terima, kembali (back), selesai; the delegation stays in its stage and is not drawn
        assertThat(doc.getElementsByTagName("path").getLength() - 1).isEqualTo(3);
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Alur");
    }

    @Test
    void marksTheCurrentStageOnly() throws Exception {
        var doc = parse(WorkflowDiagram.svg(threeStages("Diterima"), "b", "Alur", Locale.of("id")));

        var groups = doc.getElementsByTagName("g");
        int marked = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (Element) groups.item(i);
            if (g.getAttribute("class").contains("wf-current")) {
                marked++;
                assertThat(g.getAttribute("data-stage")).isEqualTo("b");
            }
        }
        assertThat(marked).isEqualTo(1);
    }

    @Test
    void escapesLabelsSoNoMarkupGetsIn() throws Exception {
        String svg = WorkflowDiagram.svg(threeStages("<script>alert(1)</script> & \"x\""), null, "<b>judul</b>", Locale.of("id"));
        var doc = parse(svg);

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).contains("<script>alert(1)</script>");
    }

    @Test
    void usesTheEnglishLabelsForEnglish() throws Exception {
        var doc = parse(WorkflowDiagram.svg(threeStages("Diterima"), null, "Flow", Locale.ENGLISH));

        assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("First");
    }

    @Test
    void wrapsLongLabelsIntoAtMostThreeLines() {
        assertThat(WorkflowDiagram.wrap("Pendek")).containsExactly("Pendek");
        var lines = WorkflowDiagram.wrap("Melaporkan peralatan dan bahan yang diperlukan kepada penanggung jawab untuk menyelesaikan gangguan jaringan lokal");
        assertThat(lines).hasSize(3);
        assertThat(lines).allMatch(l -> l.length() <= WorkflowDiagram.LINE_CHARS);
        assertThat(lines.getLast()).endsWith("…");
    }

    @Test
    void drawsEveryShippedTemplateAsWellFormedSvg() throws Exception {
        var templates = id.simlayan.workflow.internal.TemplatesForTests.all();
        Path out = Path.of("target", "workflow-diagrams");
        Files.createDirectories(out);
        for (var definition : templates) {
            String svg = WorkflowDiagram.svg(definition, definition.start(), definition.name(), Locale.of("id"));
            var doc = parse(svg);
            assertThat(doc.getElementsByTagName("rect").getLength()).as(definition.key()).isEqualTo(definition.stages().size());
            Files.writeString(out.resolve(definition.key() + ".svg"), svg);
        }
        assertThat(templates).hasSize(7);
    }
}
