package org.destalk.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.destalk.support.Fuzz;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Content is written by people, in six languages: no text may break a drawing or slip markup into it. */
class EscapingTest {

    @Test
    void xmlEscapesTheFiveMarkupCharactersAndDropsWhatXmlCannotHold() {
        assertThat(Xml.escape("<a href=\"x\">Tom & Jerry's</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
        assertThat(Xml.escape("a\u0000b\u0008c\uD800d\uFFFEe")).isEqualTo("a b c d e");
        assertThat(Xml.escape("ñ 😀 ≥")).isEqualTo("ñ 😀 ≥");
    }

    @Test
    void mermaidLabelsUseEntityCodesForAnythingThatCouldEndThemOrStartMarkup() {
        assertThat(MermaidText.escape("say \"hi\" <b>|#1 & 50%`")).isEqualTo("say #34;hi#34; #60;b#62;#124;#35;1 #38; 50#37;#96;");
    }

    @Test
    void dotStringsEscapeBackslashesBeforeQuotes() {
        assertThat(DotRenderer.quote("a \"b\" \\l c")).isEqualTo("\"a \\\"b\\\" \\\\l c\"");
        assertThat(DotRenderer.quote("two\nlines")).isEqualTo("\"two\\nlines\"");
    }

    @Test
    void anyTextLeavesEveryFormatWellFormed() {
        qt().withExamples(300).withTestingTime(20, TimeUnit.SECONDS).forAll(texts()).checkAssert(EscapingTest::leavesEveryFormatWellFormed);
    }

    private static void leavesEveryFormatWellFormed(String text) {
        DialogGraph graph = graphWith(text);
        SvgDocument.parse(SvgRenderer.render(graph));
        assertThat(MermaidText.escape(text).replaceAll("#\\d+;", "")).doesNotContainPattern("[\"#<>&|%`\\p{Cntrl}]");
        assertThat(DotRenderer.quote(text).replaceAll("\\\\.", "")).matches("\"[^\"\\\\\\n]*\"");
        for (String line : DotRenderer.render(graph).split("\n")) {
            assertThat(line.replaceAll("\\\\.", "").chars().filter(c -> c == '"').count() % 2).as(line).isZero();
        }
        for (String line : MermaidRenderer.render(graph).split("\n")) {
            assertThat(line.chars().filter(c -> c == '"').count() % 2).as(line).isZero();
            assertThat(line).doesNotContainPattern("\\p{Cntrl}");
        }
    }

    private static Gen<String> texts() {
        Gen<String> markup = Fuzz.from("<>&\"'\\|#%`;{}[]()\n\t ", 40);
        Gen<String> rightToLeft = strings().betweenCodePoints(0x0590, 0x06ff).ofLengthBetween(0, 80).map(text -> text + " \u202e" + text);
        return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 120), markup, rightToLeft);
    }

    /** Every place a text goes: node text, edge labels of each kind, a legend line, a cluster caption. */
    private static DialogGraph graphWith(String text) {
        GraphNode ask = new GraphNode("d.ask", "d", Kind.ASK, "ask", text, true);
        GraphNode branch = new GraphNode("d.branch", "d", Kind.BRANCH, "branch", text, false);
        GraphNode stub = new GraphNode("e.stub", "e", Kind.STUB, "e.stub", text, false);
        List<GraphEdge> edges = List.of(new GraphEdge("d.ask", "d.branch", EdgeKind.OPTION, text),
                new GraphEdge("d.branch", "d.ask", EdgeKind.RULE, text), new GraphEdge("d.ask", "e.stub", EdgeKind.HIDDEN_OPTION, text));
        return new DialogGraph("Dialog d", List.of(new Cluster("d", text, List.of(ask, branch))), List.of(stub), edges,
                List.of(new LegendEntry(text, text, text)));
    }
}
