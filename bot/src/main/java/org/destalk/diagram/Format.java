package org.destalk.diagram;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The drawings the graph command can print; each renders the same format-neutral graph. */
enum Format {
    MERMAID(MermaidRenderer::render),
    DOT(DotRenderer::render),
    SVG(SvgRenderer::render);

    private final Function<DialogGraph, String> renderer;

    Format(Function<DialogGraph, String> renderer) {
        this.renderer = renderer;
    }

    static Optional<Format> named(String name) {
        for (Format format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    String render(DialogGraph graph) {
        return renderer.apply(graph);
    }
}
