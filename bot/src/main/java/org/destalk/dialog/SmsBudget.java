package org.destalk.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SMS budget: every text a node says must fit in {@code limits.sms_segments} segments, the last one
 * together with the numbered options of its question. Measured here only, so that the checker and the
 * translation coverage report count segments the same way.
 */
public final class SmsBudget {

    /** A text that does not fit, with what it costs. */
    public record Overrun(Catalog.Text text, int segments, boolean gsm7) {
    }

    private SmsBudget() {
    }

    /** The texts of one catalog that exceed the budget where a node says them, each place once. */
    public static List<Overrun> overruns(DialogBundle bundle, Catalog catalog) {
        int limit = bundle.settings().limits().smsSegments();
        List<Overrun> overruns = new ArrayList<>();
        Set<String> measured = new HashSet<>();
        for (Dialog dialog : bundle.dialogs().values()) {
            for (Node node : dialog.nodes().values()) {
                List<String> labels = labels(node, catalog);
                List<MessageRef> say = node.say();
                for (int i = 0; i < say.size(); i++) {
                    Catalog.Text text = catalog.texts().get(say.get(i).key());
                    List<String> shown = i == say.size() - 1 ? labels : List.of();
                    if (text != null && measured.add(text.position() + String.join("|", shown))) {
                        measure(text, shown, limit, overruns);
                    }
                }
            }
        }
        return overruns;
    }

    /** The reply hint is left out here: the SMS channel adds it only where it still fits. */
    private static void measure(Catalog.Text text, List<String> labels, int limit, List<Overrun> overruns) {
        String sms = SmsText.plain(SmsText.numbered(MessageRules.PLACEHOLDER.matcher(text.value()).replaceAll(""), labels));
        int segments = SmsText.segments(sms);
        if (segments > limit) {
            overruns.add(new Overrun(text, segments, SmsText.isGsm7(sms)));
        }
    }

    /** The visible option labels of a question in this language; labels without a text are left out. */
    private static List<String> labels(Node node, Catalog catalog) {
        if (!(node instanceof Ask ask)) {
            return List.of();
        }
        return ask.visibleOptions().stream().map(option -> catalog.texts().get(option.label().key()))
                .filter(label -> label != null).map(Catalog.Text::value).toList();
    }
}
