package org.destalk.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

    private static final String DIALOGS = Repo.dialogs().toString();

    @TempDir
    Path work;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return GraphCommand.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mermaidOfEveryDialogIsTheDefault() {
        assertThat(run("--dialogs", DIALOGS)).isZero();
        assertThat(out()).startsWith("flowchart TD\n").contains("subgraph cluster_check", "subgraph cluster_urgent");
        assertThat(err()).isEmpty();
    }

    @Test
    void oneDialogInEachFormatPrintsWhatTheFacadeDraws() {
        assertThat(run("--format", "svg", "--dialogs", DIALOGS, "help")).isZero();
        assertThat(out()).isEqualTo(Diagrams.svg(Contents.shipped(), "help"));
        assertThat(SvgDocument.parse(out()).byId("node-help.country")).isPresent();
        outBytes.reset();
        assertThat(run("help", "--dialogs", DIALOGS, "--format", "dot")).isZero();
        assertThat(out()).isEqualTo(Diagrams.dot(Contents.shipped(), "help"));
    }

    @Test
    void everyDialogInSvgIsOnePictureWithTheDialogsStacked() {
        assertThat(run("--format", "svg", "--dialogs", DIALOGS)).isZero();
        SvgDocument svg = SvgDocument.parse(out());
        assertThat(svg.withClass("cluster")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(svg.byId("node-menu.welcome")).isPresent();
    }

    @Test
    void anUnknownDialogIsAUsageErrorThatNamesTheDialogs() {
        assertThat(run("--dialogs", DIALOGS, "chek")).isEqualTo(2);
        assertThat(err()).startsWith("Unknown dialog 'chek'. Dialogs: menu, check,");
        assertThat(out()).isEmpty();
    }

    @Test
    void aBadFormatShowsTheUsage() {
        assertThat(run("--format", "png", "--dialogs", DIALOGS)).isEqualTo(2);
        assertThat(err()).startsWith("Unknown format 'png': use mermaid, dot or svg.\nUsage: graph [--format mermaid|dot|svg]");
        assertThat(out()).isEmpty();
    }

    @Test
    void otherMistakesOnTheCommandLineShowTheUsageToo() {
        assertThat(run("--format")).isEqualTo(2);
        assertThat(run("--colour", "red")).isEqualTo(2);
        assertThat(run("check", "help")).isEqualTo(2);
        assertThat(err()).contains("--format needs a value.", "Unknown option '--colour'.", "One dialog at a time").contains(GraphCommand.USAGE);
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).isEqualTo(GraphCommand.USAGE + "\n");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("--dialogs", work.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err()).contains("not a folder");
    }

    @Test
    void contentWithErrorsIsNotDrawn() {
        Path broken = Contents.overlay(Repo.fixture("base"), Repo.fixture("broken/unknown-placeholder"), work.resolve("c"));
        assertThat(run("--dialogs", broken.toString())).isEqualTo(1);
        assertThat(err()).contains("unknown-placeholder", "have errors; run `validate");
        assertThat(out()).isEmpty();
    }

    @Test
    void theDrawingIsPrintedAsUtf8WhateverTheStreamsCharset() {
        PrintStream latin1 = new PrintStream(outBytes, true, StandardCharsets.ISO_8859_1);
        assertThat(GraphCommand.run(new String[] {"--dialogs", DIALOGS, "menu"}, latin1, latin1)).isZero();
        assertThat(out()).contains("▶ welcome", "→");
    }
}
