package org.destalk.channel.sms;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The carrier keywords that SMS services must respect, as Twilio's opt-out handling knows them: STOP and
 * its variants opt out (and, here, also wipe the conversation at once), START and its variants opt back
 * in, HELP and INFO ask for information. Matched on the whole message, in any case.
 */
enum Keywords {
    STOP, START, HELP, NONE;

    private static final Set<String> STOPS = Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke");
    private static final Set<String> STARTS = Set.of("start", "unstop", "yes");
    private static final Set<String> HELPS = Set.of("help", "info");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.!]+$");

    static Keywords of(String text) {
        String word = text == null ? "" : TRAILING_MARKS.matcher(text.strip()).replaceAll("").toLowerCase(Locale.ROOT);
        if (STOPS.contains(word)) {
            return STOP;
        }
        if (STARTS.contains(word)) {
            return START;
        }
        return HELPS.contains(word) ? HELP : NONE;
    }
}
