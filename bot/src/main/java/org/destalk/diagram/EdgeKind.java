package org.destalk.diagram;

/** Why the conversation can move along an edge; decides the line style in every format. */
enum EdgeKind {
    /** An option with a button or a number. */
    OPTION("option"),
    /** An option chosen only by typed words (no button): drawn dashed. */
    HIDDEN_OPTION("option hidden"),
    /** A country named in free text at a question with {@code capture: country}: drawn dashed. */
    CAPTURE("capture"),
    /** A say node moving on by itself. */
    NEXT("next"),
    /** A branch rule whose condition holds. */
    RULE("rule"),
    /** A branch's {@code else}. */
    OTHERWISE("else"),
    /** A jump node continuing in another dialog: drawn bold. */
    JUMP("jump");

    private final String css;

    EdgeKind(String css) {
        this.css = css;
    }

    String css() {
        return css;
    }

    /** The line colour in every format: a branch's ways take the branch's colour, a jump the jump's. */
    String colour() {
        return switch (this) {
            case RULE, OTHERWISE -> Palette.of(Kind.BRANCH).stroke();
            case JUMP -> Palette.of(Kind.JUMP).stroke();
            case NEXT -> Palette.of(Kind.SAY).stroke();
            case OPTION, HIDDEN_OPTION, CAPTURE -> Palette.LINE;
        };
    }

    boolean dashed() {
        return this == HIDDEN_OPTION || this == CAPTURE;
    }
}
