package org.destalk.dialog;

import java.util.Map;
import java.util.Set;

/**
 * Everything under dialogs/ that the language defines: settings, dialogs by id, catalogs by language,
 * and the ids of dialog files that could not be read at all (their own errors explain why, so other
 * rules stay quiet about them instead of piling up consequences).
 */
public record DialogBundle(Settings settings, Map<String, Dialog> dialogs, Map<String, Catalog> catalogs, Set<String> unreadable) {

    public Node node(Target target) {
        Dialog dialog = target == null ? null : dialogs.get(target.dialog());
        return dialog == null ? null : dialog.node(target.node());
    }

    public Catalog catalog(String language) {
        Catalog catalog = catalogs.get(language);
        return catalog != null ? catalog : catalogs.get(settings.defaultLanguage());
    }
}
