package org.destalk.engine;

import java.util.ArrayList;
import java.util.List;
import org.destalk.dialog.Ask;
import org.destalk.dialog.Command;
import org.destalk.dialog.Option;
import org.destalk.dialog.Target;

/**
 * Everything that takes a turn away from the current question: global commands, danger interrupts,
 * clarifying questions, language offers and re-prompts.
 */
final class Detours {

    static final String CLARIFY = "clarify:";
    static final String SOMETHING_ELSE = CLARIFY + "other";
    static final String LANGUAGE_YES = "language:yes";
    static final String LANGUAGE_NO = "language:no";

    private final Navigator navigator;
    private final Answers answers;
    private final Renderer renderer;
    private final TypedChoices typed;

    Detours(Navigator navigator, Answers answers, Renderer renderer) {
        this.navigator = navigator;
        this.answers = answers;
        this.renderer = renderer;
        this.typed = new TypedChoices(answers, renderer);
    }

    void run(Walk walk, Command command) {
        walk.state = walk.state.withAwaiting(null);
        switch (command.action()) {
            case QUICK_EXIT -> walk.exitNow();
            case GOTO -> navigator.goTo(walk, command.target());
            case RESTART -> {
                walk.state = walk.state.reset();
                navigator.goTo(walk, walk.content.dialogs().settings().start());
            }
            case VISIT -> {
                rememberWhereWeAre(walk);
                navigator.goTo(walk, command.target());
            }
            case SAY -> {
                walk.sayKey(command.say().key());
                navigator.reask(walk);
            }
        }
    }

    /**
     * Danger comes first: the tier's node (emergency information), with the way back kept. A message
     * confidently in another of the bot's languages, from someone who has not chosen one, is answered
     * in that language: there is no time to offer it first.
     */
    void interrupt(Walk walk, Danger danger) {
        walk.emit(new Event.Interrupted(danger));
        walk.state = walk.state.withAwaiting(null);
        String written = otherLanguage(walk);
        if (written != null) {
            walk.state = walk.state.withLanguage(written, false);
        }
        Target target = walk.content.dialogs().settings().interrupts().get(danger.tier());
        if (!target.dialog().equals(walk.state.dialog())) {
            rememberWhereWeAre(walk);
        }
        navigator.goTo(walk, target);
    }

    /** Handles the answer to a clarification or language offer; false when the input is about something else. */
    boolean answerAwaiting(Walk walk, Input input, Ask ask) {
        State.Awaiting awaiting = walk.state.awaiting();
        walk.state = walk.state.withAwaiting(null);
        String choice = input.kind() == Input.Kind.CHOICE ? input.value() : typed.choice(awaiting, walk.folded, walk.state.language());
        if (choice == null) {
            return false;
        }
        if (choice.equals(LANGUAGE_YES) || choice.equals(LANGUAGE_NO)) {
            String language = choice.equals(LANGUAGE_YES) ? awaiting.values().get(0) : walk.state.language();
            walk.state = walk.state.withLanguage(language, true);
            String asked = awaiting.values().size() > 1 ? awaiting.values().get(1) : null;
            if (asked == null || !follow(walk, ask, asked)) {
                navigator.reask(walk);
            }
            return true;
        }
        if (!choice.startsWith(CLARIFY) || choice.equals(SOMETHING_ELSE) || !follow(walk, ask, choice.substring(CLARIFY.length()))) {
            reprompt(walk, ask);
        }
        return true;
    }

    /** Goes where an intent leads from this question (its option, else its route); false when nowhere. */
    private boolean follow(Walk walk, Ask ask, String intent) {
        Option option = Answers.withIntent(ask, intent);
        Target route = walk.content.dialogs().settings().routes().get(intent);
        if (option != null) {
            navigator.choose(walk, option);
        } else if (route != null) {
            navigator.goTo(walk, route);
        }
        return option != null || route != null;
    }

    /**
     * Offers to switch language when free text is confidently in another declared language. What the
     * message confidently asked for is kept with the offer and done once it is answered, either way,
     * so a person who wrote in their own language is not sent back to the question.
     */
    boolean offerLanguage(Walk walk) {
        Understanding understanding = walk.understanding;
        State state = walk.state;
        String offered = otherLanguage(walk);
        if (offered == null) {
            return false;
        }
        String asked = understanding.topConfidence() >= Answers.CONFIDENT ? understanding.topIntent() : null;
        List<String> values = asked == null ? List.of(offered) : List.of(offered, asked);
        walk.state = state.withAwaiting(new State.Awaiting(State.Awaiting.Kind.LANGUAGE, values));
        String text = both("engine.language_offer", state.language(), offered, "\n");
        walk.offer(text, List.of(new Choice(LANGUAGE_YES, both("engine.yes", state.language(), offered, " / ")),
                new Choice(LANGUAGE_NO, both("engine.no", state.language(), offered, " / "))));
        return true;
    }

    /** The language the message is confidently written in, if the bot speaks it and the person has not chosen another; else null. */
    private static String otherLanguage(Walk walk) {
        String language = walk.understanding.languageConfident() ? walk.understanding.language() : null;
        boolean other = language != null && !walk.state.languageSettled() && !language.equals(walk.state.language())
                && walk.content.dialogs().settings().languages().contains(language);
        return other ? language : null;
    }

    /** Asks which of the plausible intents was meant; false when none is plausible. */
    boolean clarify(Walk walk, Ask ask) {
        List<String> intents = answers.plausible(ask, walk.understanding);
        if (intents.isEmpty()) {
            return false;
        }
        walk.state = walk.state.withAwaiting(new State.Awaiting(State.Awaiting.Kind.CLARIFY, intents));
        List<Choice> choices = new ArrayList<>();
        for (String intent : intents) {
            Option option = Answers.withIntent(ask, intent);
            String label = option != null ? renderer.text(option.label().key(), walk.state) : renderer.text("routes." + intent, walk.state);
            choices.add(new Choice(CLARIFY + intent, label));
        }
        choices.add(new Choice(SOMETHING_ELSE, renderer.text("engine.something_else", walk.state)));
        walk.offer(renderer.text("engine.clarify", walk.state), choices);
        return true;
    }

    void reprompt(Walk walk, Ask ask) {
        reprompt(walk, ask, null);
    }

    /** @param specific what to say instead of the general re-prompt, however many misses came before (may be null) */
    void reprompt(Walk walk, Ask ask, String specific) {
        walk.state = walk.state.withMisses(walk.state.misses() + 1);
        String general = walk.state.misses() >= 2 ? "engine.reprompt_help" : "engine.reprompt";
        String key = specific != null ? specific : general;
        walk.offer(renderer.text(key, walk.state), renderer.choices(ask, walk.state));
    }

    private void rememberWhereWeAre(Walk walk) {
        if (walk.content.dialogs().node(Navigator.current(walk)) instanceof Ask) {
            walk.state = walk.state.withResume(walk.state.position());
        }
    }

    private String both(String key, String current, String offered, String separator) {
        State probe = State.fresh(current, null).withAwaiting(new State.Awaiting(State.Awaiting.Kind.LANGUAGE, List.of(offered)));
        String first = renderer.text(key, current, probe);
        String second = renderer.text(key, offered, probe);
        return first.equals(second) ? first : first + separator + second;
    }
}
