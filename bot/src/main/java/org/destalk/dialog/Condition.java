package org.destalk.dialog;

import java.util.List;

/**
 * The closed vocabulary of conditions a branch can test. There is no scripting: each condition is a
 * record the checker understands and the engine evaluates against {@link Facts}.
 */
public sealed interface Condition {

    boolean holds(Facts facts);

    /**
     * What a condition may look at: the answers so far and the current turn, never the text itself.
     * Any of these may be null (no option chosen yet, no intent, no country known).
     */
    interface Facts {
        String lastOption();

        String intent();

        int score(String name);

        boolean flag(String name);

        String channel();

        String country();

        String language();
    }

    record OptionChosen(List<String> options) implements Condition {
        public boolean holds(Facts facts) {
            return facts.lastOption() != null && options.contains(facts.lastOption());
        }
    }

    record IntentIs(List<String> intents) implements Condition {
        public boolean holds(Facts facts) {
            return facts.intent() != null && intents.contains(facts.intent());
        }
    }

    record ScoreAtLeast(String score, int value) implements Condition {
        public boolean holds(Facts facts) {
            return facts.score(score) >= value;
        }
    }

    record ScoreBelow(String score, int value) implements Condition {
        public boolean holds(Facts facts) {
            return facts.score(score) < value;
        }
    }

    record FlagSet(String flag) implements Condition {
        public boolean holds(Facts facts) {
            return facts.flag(flag);
        }
    }

    record ChannelIs(List<String> channels) implements Condition {
        public boolean holds(Facts facts) {
            return facts.channel() != null && channels.contains(facts.channel());
        }
    }

    record CountryIs(List<String> countries) implements Condition {
        public boolean holds(Facts facts) {
            return facts.country() != null && countries.contains(facts.country());
        }
    }

    record CountryKnown(boolean known) implements Condition {
        public boolean holds(Facts facts) {
            return (facts.country() != null) == known;
        }
    }

    record LanguageIs(List<String> languages) implements Condition {
        public boolean holds(Facts facts) {
            return facts.language() != null && languages.contains(facts.language());
        }
    }

    record All(List<Condition> conditions) implements Condition {
        public boolean holds(Facts facts) {
            return conditions.stream().allMatch(condition -> condition.holds(facts));
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public boolean holds(Facts facts) {
            return conditions.stream().anyMatch(condition -> condition.holds(facts));
        }
    }

    record Not(Condition condition) implements Condition {
        public boolean holds(Facts facts) {
            return !condition.holds(facts);
        }
    }
}
