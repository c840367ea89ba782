package org.destalk.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.destalk.engine.Content;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/**
 * The small content in test resources diagram/content, drawn and compared with the golden drawings in
 * diagram/golden. After an intended change, rewrite them and review the diff before committing:
 * {@code mvn -o test -pl bot -Dtest='org.destalk.diagram.**' -Dgolden.update=true} (the flag the golden
 * conversations use too).
 */
class FixtureDiagramsTest {

    private static final Path FOLDER = Repo.root().resolve("bot/src/test/resources/diagram");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Content CONTENT = Contents.published(FOLDER.resolve("content"));

    @ParameterizedTest(name = "{2}")
    @CsvSource({"demo, mermaid, demo.mmd", "demo, dot, demo.dot", "demo, svg, demo.svg", ", mermaid, all.mmd"})
    void drawingsMatchTheGoldenFiles(String dialog, String format, String file) throws IOException {
        String actual = Diagrams.draw(CONTENT, dialog, Format.named(format).orElseThrow());
        Path golden = FOLDER.resolve("golden").resolve(file);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(actual).as("%s differs from %s. If the change is intended, run the tests with -Dgolden.update=true and review the diff.",
                format, golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void labelsWithMarkupCharactersAreEscapedInEveryFormat() {
        String label = "Yes, it's \"mine\" & <b>";
        assertThat(Diagrams.mermaid(CONTENT, "demo")).contains("DEMO_start -->|\"Yes, it's #34;mine#34; #38; #60;b#62;\"| DEMO_decide");
        assertThat(Diagrams.dot(CONTENT, "demo")).contains("label=\"Yes, it's \\\"mine\\\" & <b>\"");
        SvgDocument svg = SvgDocument.parse(Diagrams.svg(CONTENT, "demo"));
        assertThat(SvgDocument.lines(edge(svg, "demo.start", "demo.decide"))).containsExactly(label);
        assertThat(SvgDocument.lines(svg.byId("node-demo.start").orElseThrow()))
                .containsExactly("▶ start", "Hello & welcome. Is this", "<your> phone?");
        assertThat(String.join("\n", SvgDocument.lines(svg.withClass("legend").get(0)))).contains("Quick exit: /exit, exit, x <now>");
    }

    @Test
    void jumpsAreDrawnAsJumpEdgesIntoTheOtherDialog() {
        assertThat(Diagrams.mermaid(CONTENT, "demo")).contains("DEMO_away ==>|\"jump\"| SIDE_safe");
        assertThat(Diagrams.dot(CONTENT, "demo")).contains("\"demo.away\" -> \"side.safe\" [class=\"jump\"");
        SvgDocument svg = SvgDocument.parse(Diagrams.svg(CONTENT, null));
        assertThat(edge(svg, "demo.away", "side.safe").getAttribute("class")).isEqualTo("edge jump");
        assertThat(svg.byId("node-demo.away").orElseThrow().getAttribute("class")).isEqualTo("node jump");
    }

    @Test
    void rulesToOneNodeReadAsOneConditionAndAnswersToOneNodeAsOneEdge() {
        SvgDocument svg = SvgDocument.parse(Diagrams.svg(CONTENT, "demo"));
        assertThat(String.join(" ", SvgDocument.lines(edge(svg, "demo.decide", "demo.away"))))
                .isEqualTo("score strong ≥ 1 or (flag seen and channel sms)");
        assertThat(SvgDocument.lines(edge(svg, "demo.start", "demo.note"))).containsExactly("No / Maybe");
        assertThat(svg.withClass("edge").stream().filter(e -> e.getAttribute("data-from").equals("demo.start"))).hasSize(3);
    }

    @Test
    void layersFollowTheStepsFromTheStartNodeInFileOrder() {
        DialogGraph graph = new GraphBuilder(CONTENT.dialogs()).all();
        List<List<String>> rows = Rows.of(graph).stream().map(row -> row.nodes().stream().map(GraphNode::key).toList()).toList();
        assertThat(rows).containsExactly(
                List.of("demo.start"),
                List.of("demo.note", "demo.decide"),
                List.of("demo.where", "demo.away", "demo.bye"),
                List.of("side.safe"),
                List.of("back"));
    }

    private static Element edge(SvgDocument svg, String from, String to) {
        return svg.withClass("edge").stream()
                .filter(edge -> edge.getAttribute("data-from").equals(from) && edge.getAttribute("data-to").equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("No edge " + from + " -> " + to));
    }
}
