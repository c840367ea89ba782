package org.destalk.engine;

import org.destalk.dialog.Ask;
import org.destalk.dialog.Option;
import org.destalk.dialog.Target;

/**
 * What free text does at a question once commands, exact answers and danger are ruled out: a country
 * where one is asked, a language offer, a reply word or confident intent, the beginning of a label, a
 * route, a clarifying question, and last a re-prompt.
 */
final class FreeText {

    /** The most words a reply to "which country?" is read as a place name in (see {@link #namesAPlace}). */
    private static final int PLACE_WORDS = 4;

    private final Content content;
    private final Answers answers;
    private final Navigator navigator;
    private final Detours detours;

    FreeText(Content content, Answers answers, Navigator navigator, Detours detours) {
        this.content = content;
        this.answers = answers;
        this.navigator = navigator;
        this.detours = detours;
    }

    /** @param quiet on the first message, text that leads nowhere is not answered with a re-prompt */
    void answer(Walk walk, Input input, Ask ask, boolean quiet) {
        if (ask.capture() == Ask.Capture.COUNTRY) {
            String country = CountryWords.find(content.directory(), input.value());
            if (country != null) {
                walk.state = walk.state.withCountry(country);
                navigator.goTo(walk, ask.captured());
                return;
            }
        }
        if (detours.offerLanguage(walk)) {
            return;
        }
        Option byIntent = answers.byIntent(ask, walk.understanding);
        Option byLabelStart = byIntent == null ? answers.byLabelStart(ask, walk.folded, walk.state.language()) : null;
        Target route = answers.route(walk.understanding, walk.state.position());
        if (byIntent != null || byLabelStart != null) {
            navigator.choose(walk, byIntent != null ? byIntent : byLabelStart);
        } else if (route != null) {
            navigator.goTo(walk, route);
        } else if (ask.capture() == Ask.Capture.COUNTRY && namesAPlace(walk.folded)) {
            detours.reprompt(walk, ask, "engine.unknown_country");
        } else if (!detours.clarify(walk, ask) && !quiet) {
            detours.reprompt(walk, ask, null);
        }
    }

    /**
     * Where a country is asked, a short text of words (at most {@link #PLACE_WORDS}) that is no country
     * the bot knows is most likely one it does not ("Mexico", "I live in Brazil"): saying so helps more
     * than asking which option was meant.
     */
    private static boolean namesAPlace(String folded) {
        String[] words = folded.split(" ");
        return words.length <= PLACE_WORDS && folded.chars().anyMatch(Character::isLetter);
    }
}
