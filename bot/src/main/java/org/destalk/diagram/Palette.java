package org.destalk.diagram;

/** The colours of each kind of node, shared by every format so a diagram looks the same wherever it is drawn. */
record Palette(String fill, String stroke, boolean dashed) {

    /** The colour of the answers' lines, and of every line a format draws without a kind. */
    static final String LINE = "#5f6368";

    /** No default branch: a new kind of node does not compile until it has its colours. */
    static Palette of(Kind kind) {
        return switch (kind) {
            case ASK -> new Palette("#e8f1fc", "#3b6fb6", false);
            case SAY -> new Palette("#eaf6e6", "#4a8a3a", false);
            case BRANCH -> new Palette("#fff4d6", "#b7860b", false);
            case JUMP -> new Palette("#f1eafa", "#7b4fa8", false);
            case END -> new Palette("#fbe7e7", "#b03a3a", false);
            case STUB -> new Palette("#f6f6f6", "#808080", true);
            case BACK -> new Palette("#ffffff", "#808080", true);
        };
    }

    String mermaid() {
        return "fill:" + fill + ",stroke:" + stroke + (dashed ? ",stroke-dasharray:5 4" : "");
    }
}
