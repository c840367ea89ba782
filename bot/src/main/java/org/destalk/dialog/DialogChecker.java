package org.destalk.dialog;

import java.util.Set;

/** Runs every rule over the loaded content and adds what it finds to {@link Problems}. */
public final class DialogChecker {

    private DialogChecker() {
    }

    /**
     * @param countries the country codes the directory has, for rules on `set: {country: ...}` and conditions
     */
    public static void check(DialogBundle bundle, Set<String> countries, Problems problems) {
        new TargetRules(bundle, problems).check();
        new MessageRules(bundle, problems).check();
        new CommandRules(bundle, problems).check();
        new AnswerRules(bundle, countries, problems).check();
    }
}
