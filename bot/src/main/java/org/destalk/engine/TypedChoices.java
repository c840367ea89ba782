package org.destalk.engine;

import java.util.List;
import org.destalk.dialog.TextFold;

/**
 * Reads what a person types while the bot waits on a clarifying question or a language offer: the
 * number of an offered choice, or, for a language offer, yes or no in either language.
 */
final class TypedChoices {

    /** The intents whose reply words answer a language offer. */
    private static final String YES = "yes";
    private static final String NO = "no";

    private final Answers answers;
    private final Renderer renderer;

    TypedChoices(Answers answers, Renderer renderer) {
        this.answers = answers;
        this.renderer = renderer;
    }

    /** The offered choice a typed text picks: by number, or a language offer's yes or no in either language; else null. */
    String choice(State.Awaiting awaiting, String folded, String language) {
        String numbered = numbered(awaiting, folded, language);
        return numbered != null || awaiting.kind() != State.Awaiting.Kind.LANGUAGE ? numbered : languageReply(awaiting, folded, language);
    }

    /** "Sí", "yes", "vale" or "nein" to a language offer: its labels or the reply words for yes and no, in both languages. */
    private String languageReply(State.Awaiting awaiting, String folded, String current) {
        for (String language : List.of(current, awaiting.values().get(0))) {
            String intent = answers.replyIntent(folded, language);
            if (YES.equals(intent) || folded.equals(TextFold.fold(renderer.text("engine.yes", language, State.fresh(language, null))))) {
                return Detours.LANGUAGE_YES;
            }
            if (NO.equals(intent) || folded.equals(TextFold.fold(renderer.text("engine.no", language, State.fresh(language, null))))) {
                return Detours.LANGUAGE_NO;
            }
        }
        return null;
    }

    /** A number typed while waiting picks from the offered choices, in the order shown; null for any other input. */
    private String numbered(State.Awaiting awaiting, String folded, String language) {
        int index = answers.typedNumber(folded, language) - 1;
        if (index < 0) {
            return null;
        }
        if (awaiting.kind() == State.Awaiting.Kind.LANGUAGE) {
            return index == 0 ? Detours.LANGUAGE_YES : index == 1 ? Detours.LANGUAGE_NO : null;
        }
        List<String> values = awaiting.values();
        return index < values.size() ? Detours.CLARIFY + values.get(index) : index == values.size() ? Detours.SOMETHING_ELSE : null;
    }
}
