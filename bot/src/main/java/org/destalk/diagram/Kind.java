package org.destalk.diagram;

import java.util.Locale;
import org.destalk.dialog.Ask;
import org.destalk.dialog.Branch;
import org.destalk.dialog.Jump;
import org.destalk.dialog.Node;
import org.destalk.dialog.Say;

/** What a drawn node stands for. Each kind has its own shape in every format and its own CSS class in SVG. */
enum Kind {
    ASK,
    SAY,
    BRANCH,
    JUMP,
    END,
    /** A node of another dialog, drawn small so the reader sees where the conversation continues. */
    STUB,
    /** {@code next: back}: the question the person was at before a command or a danger message. */
    BACK;

    static Kind of(Node node) {
        if (node instanceof Ask) {
            return ASK;
        }
        if (node instanceof Say) {
            return SAY;
        }
        if (node instanceof Branch) {
            return BRANCH;
        }
        return node instanceof Jump ? JUMP : END;
    }

    String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
