package org.destalk.engine;

import org.destalk.dialog.Ask;
import org.destalk.dialog.Command;
import org.destalk.dialog.Option;
import org.destalk.dialog.Settings;
import org.destalk.dialog.Target;
import org.destalk.dialog.TextFold;

/**
 * The dialog interpreter: (state, input) in, (new state, events) out. No I/O, no clock, no framework;
 * the same input on the same state and content always gives the same turn.
 *
 * <p>Order of precedence on every turn: global commands (quick exit first), then exact answers (a
 * button, a number, a label, or the answer to what the bot is waiting for), then danger, then language
 * offers, then reply words and confident intents, then the beginning of one label, then a clarifying
 * question, then a re-prompt (see {@link FreeText}). Nothing less certain moves the person anywhere.
 */
public final class Engine {

    private final Content content;
    private final Renderer renderer;
    private final Commands commands;
    private final Answers answers;
    private final Navigator navigator = new Navigator();
    private final Detours detours;
    private final FreeText freeText;

    public Engine(Content content, String botName) {
        this.content = content;
        this.renderer = new Renderer(content, botName);
        this.commands = new Commands(content.dialogs().settings());
        this.answers = new Answers(content.dialogs());
        this.detours = new Detours(navigator, answers, renderer);
        this.freeText = new FreeText(content, answers, navigator, detours);
    }

    public Content content() {
        return content;
    }

    /** Begins a conversation; {@code first} is the person's first message, if it was more than a greeting. */
    public Turn start(Start start, Input first) {
        Settings settings = content.dialogs().settings();
        String language = spoken(greetedIn(first, start.language()));
        String country = content.directory().country(start.country()) != null ? start.country() : null;
        State state = State.fresh(language, country);
        Target entry = start.entry() == null ? null : Target.parse(start.entry(), null, null);
        if (entry != null && content.dialogs().node(entry) != null) {
            state = state.withLanguage(language, true); // a helpline chose the language with the person
        } else {
            entry = settings.start();
        }
        Walk walk = walk(start.channel(), first, state);
        if (state.languageSettled()) {
            walk.sayKey("engine.handoff_welcome"); // the greeting is skipped, but not how to leave
        }
        navigator.goTo(walk, entry);
        if (first != null && !isRestart(first)) {
            respond(walk, first, true);
        }
        return walk.finish();
    }

    /**
     * A first message that only one language says ("hola") starts the conversation in it when the
     * channel gave no language, as a longer first message would. Against a language the channel gave
     * (Telegram's app language), a greeting only brings the offer to switch.
     */
    private String greetedIn(Input first, String hinted) {
        boolean typed = first != null && first.kind() == Input.Kind.TEXT;
        String said = typed && hinted == null ? answers.languageOf(TextFold.fold(first.value())) : null;
        return said != null ? said : hinted;
    }

    /**
     * When sessions cannot be stored: an apology with the emergency number for the country where known,
     * and the menu. The state is not meant to be kept.
     */
    public Turn outage(Start start) {
        Settings settings = content.dialogs().settings();
        String language = spoken(start.language());
        String country = content.directory().country(start.country()) != null ? start.country() : null;
        Walk walk = walk(start.channel(), null, State.fresh(language, country));
        walk.sayKey("engine.unavailable");
        navigator.goTo(walk, settings.menu());
        return walk.finish();
    }

    /** A message in a language, for texts the channels need on their own. */
    public String text(String key, String language) {
        return renderer.text(key, language, State.fresh(language, null));
    }

    public Turn handle(State state, Input input) {
        Walk walk = walk(input.channel(), input, state);
        respond(walk, input, false);
        return walk.finish();
    }

    /** Whether a typed text is a quick exit, at any node and in any language: it must never be held back. */
    public boolean isQuickExit(String text) {
        Command command = commands.match(text);
        return command != null && command.action() == Command.Action.QUICK_EXIT;
    }

    /** The language if the dialogs are written in it, else the default one. */
    private String spoken(String language) {
        Settings settings = content.dialogs().settings();
        return language != null && settings.languages().contains(language) ? language : settings.defaultLanguage();
    }

    /** "/start" or "restart" as the very first message adds nothing: the conversation is starting anyway. */
    private boolean isRestart(Input input) {
        Command command = input.kind() == Input.Kind.TEXT ? commands.match(input.value()) : null;
        return command != null && command.action() == Command.Action.RESTART;
    }

    private Walk walk(String channel, Input input, State state) {
        boolean typed = input != null && input.kind() == Input.Kind.TEXT;
        String folded = typed ? TextFold.fold(input.value()) : "";
        Understanding understanding = input == null ? null : input.understanding();
        if (typed) {
            understanding = answers.withReplyWords(answers.withLanguageWords(understanding, folded), folded, state.language());
        }
        return new Walk(content, renderer.on(channel), channel, understanding, folded, state);
    }

    /** @param quiet on the first message, text that leads nowhere is not answered with a re-prompt */
    private void respond(Walk walk, Input input, boolean quiet) {
        Command command = input.kind() == Input.Kind.TEXT ? commands.match(input.value()) : null;
        if (command != null) {
            detours.run(walk, command);
            return;
        }
        Ask ask = content.dialogs().node(Navigator.current(walk)) instanceof Ask current ? current : null;
        if (ask != null && answeredExactly(walk, input, ask)) {
            return;
        }
        Danger danger = danger(walk, input);
        if (danger != Danger.NONE) {
            detours.interrupt(walk, danger);
        } else if (ask == null) {
            navigator.reask(walk);
        } else if (input.kind() == Input.Kind.CHOICE) {
            detours.reprompt(walk, ask); // a button from an older message
        } else {
            freeText.answer(walk, input, ask, quiet);
        }
    }

    /** The reading's danger; a message that is nothing but an emergency number is taken as imminent. */
    private Danger danger(Walk walk, Input input) {
        boolean dialled = input.kind() == Input.Kind.TEXT && content.directory().isEmergencyNumber(input.value());
        return dialled ? Danger.IMMINENT : walk.understanding.danger();
    }

    /**
     * A tapped button, a number, a label typed exactly, or (where a country is asked) a country's name
     * is an answer, whatever a model thinks of it: "2" or "Spain" is never a danger signal. Danger is
     * checked right after, before any free-text guess.
     */
    private boolean answeredExactly(Walk walk, Input input, Ask ask) {
        if (walk.state.awaiting() != null && detours.answerAwaiting(walk, input, ask)) {
            return true;
        }
        walk.state = walk.state.withAwaiting(null);
        Option exact = exactAnswer(walk, input, ask);
        if (exact != null) {
            navigator.choose(walk, exact);
            return true;
        }
        String country = ask.capture() == Ask.Capture.COUNTRY && input.kind() == Input.Kind.TEXT
                ? content.directory().resolve(input.value()) : null;
        if (country != null) {
            walk.state = walk.state.withCountry(country); // the whole message is a country's name
            navigator.goTo(walk, ask.captured());
        }
        return country != null;
    }

    private Option exactAnswer(Walk walk, Input input, Ask ask) {
        if (input.kind() == Input.Kind.CHOICE) {
            return answers.byChoice(ask, walk.state, input.value());
        }
        Option byNumber = answers.byNumber(ask, walk.folded, walk.state.language());
        return byNumber != null ? byNumber : answers.byLabel(ask, walk.folded, walk.state.language());
    }
}
