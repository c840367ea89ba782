package org.destalk.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.destalk.dialog.Dialog;
import org.destalk.dialog.Node;
import org.destalk.engine.Content;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every shipped dialog, alone and all together, drawn in every format. */
class ShippedDiagramsTest {

    private static final Content CONTENT = Contents.shipped();

    static Stream<String> dialogs() {
        return Diagrams.dialogs(CONTENT).stream();
    }

    @ParameterizedTest
    @MethodSource("dialogs")
    void everyDialogIsDrawnInEveryFormatWithEveryNode(String dialog) {
        String mermaid = Diagrams.mermaid(CONTENT, dialog);
        String dot = Diagrams.dot(CONTENT, dialog);
        SvgDocument svg = SvgDocument.parse(Diagrams.svg(CONTENT, dialog));
        assertThat(mermaid).startsWith("flowchart TD\n");
        assertThat(dot).startsWith("digraph \"destalk\" {\n").endsWith("}\n");
        assertThat(svg.root().getLocalName()).isEqualTo("svg");
        for (Node node : dialog(dialog).nodes().values()) {
            String key = dialog + "." + node.id();
            assertThat(mermaid).contains("\n        " + MermaidRenderer.id(key));
            assertThat(dot).contains("\n        \"" + key + "\" [");
            Element element = svg.byId("node-" + key).orElseThrow(() -> new AssertionError("No SVG element node-" + key));
            assertThat(element.getAttribute("class").split(" ")).contains("node", Kind.of(node).css());
        }
    }

    @Test
    void allDialogsInOneSvgHaveEveryNodeOnceAndEachDialogItsFrame() {
        SvgDocument svg = SvgDocument.parse(Diagrams.svg(CONTENT, null));
        List<String> expected = new ArrayList<>();
        for (Dialog dialog : CONTENT.dialogs().dialogs().values()) {
            assertThat(svg.byId("cluster-" + dialog.id())).isPresent();
            dialog.nodes().keySet().forEach(node -> expected.add("node-" + dialog.id() + "." + node));
        }
        List<String> drawn = svg.withClass("node").stream().map(element -> element.getAttribute("id")).filter(id -> !id.equals("node-back")).toList();
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(svg.ids()).doesNotHaveDuplicates();
    }

    @Test
    void drawingsAreTheSameByteForByteWhenTheContentIsLoadedAgain() {
        Content again = Contents.published(Repo.dialogs());
        List<BiFunction<Content, String, String>> formats = List.of(Diagrams::mermaid, Diagrams::dot, Diagrams::svg);
        List<String> everything = new ArrayList<>(Diagrams.dialogs(CONTENT));
        everything.add(null);
        for (BiFunction<Content, String, String> format : formats) {
            for (String dialog : everything) {
                assertThat(format.apply(again, dialog)).isEqualTo(format.apply(CONTENT, dialog));
            }
        }
    }

    @Test
    void branchConditionsAreWrittenOnTheirEdges() {
        String condition = "score strong ≥ 1 or (flag behaviour and score medium ≥ 1)";
        assertThat(Diagrams.mermaid(CONTENT, "check")).contains("CHECK_result -->|\"" + condition + "\"| CHECK_strong");
        assertThat(Diagrams.dot(CONTENT, "check")).contains("\"check.result\" -> \"check.strong\" [class=\"rule\", label=\"" + condition + "\", color=");
        SvgDocument svg = SvgDocument.parse(Diagrams.svg(CONTENT, "check"));
        List<String> rules = svg.withClass("rule").stream().map(edge -> String.join(" ", SvgDocument.lines(edge))).toList();
        assertThat(rules).contains(condition, "score medium ≥ 1");
        assertThat(svg.withClass("else")).hasSize(1);
    }

    @Test
    void waysIntoOtherDialogsEndAtAStubOfTheNodeTheyReach() {
        SvgDocument svg = SvgDocument.parse(Diagrams.svg(CONTENT, "check"));
        assertThat(svg.byId("node-menu.start").orElseThrow().getAttribute("class")).isEqualTo("node stub");
        assertThat(svg.withClass("edge").stream().filter(edge -> edge.getAttribute("data-to").equals("menu.start"))).isNotEmpty();
        assertThat(Diagrams.mermaid(CONTENT, "check")).contains("CHECK_start -->|\"Main menu\"| MENU_start");
    }

    @Test
    void theGlobalCommandsAndDangerInterruptsAreInTheLegendOfEveryFormat() {
        List<String> expected = List.of("Quick exit: /exit", "Menu: /menu", "Restart: /start", "Language: /language", "Help: /help",
                "Danger (imminent)", "Danger (high risk)");
        String legend = String.join("\n", SvgDocument.lines(SvgDocument.parse(Diagrams.svg(CONTENT, "menu")).withClass("legend").get(0)));
        for (String entry : expected) {
            assertThat(legend).contains(entry);
            assertThat(Diagrams.mermaid(CONTENT, "menu")).contains(entry);
            assertThat(Diagrams.dot(CONTENT, "menu")).contains(entry);
        }
    }

    @Test
    void anUnknownDialogIsAnErrorThatNamesTheDialogsThereAre() {
        assertThatThrownBy(() -> Diagrams.svg(CONTENT, "nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown dialog 'nope'. Dialogs: menu, check, ");
    }

    private static Dialog dialog(String id) {
        return CONTENT.dialogs().dialogs().get(id);
    }
}
