package org.destalk.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A classifier for all six languages blended with one for the message's own language. The shared one
 * knows that "ok" or "sí" mean yes whatever the conversation's language; the own-language one is not
 * distracted by another language's idioms. On the evaluation set the blend beat either alone in every
 * language, most for German, whose compounds the shared model splits its attention across.
 */
public final class BlendedClassifier {

    /** The share of the own-language model in the blend. */
    static final double OWN_LANGUAGE_WEIGHT = 0.7;

    private final Classifier shared;
    private final Map<String, Classifier> byLanguage;

    public BlendedClassifier(Classifier shared, Map<String, Classifier> byLanguage) {
        this.shared = shared;
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** Categories with blended probabilities, best first; the shared model alone for an unknown language. */
    public List<Classifier.Scored> rank(List<String> tokens, String language) {
        return rank(new Document(tokens), language);
    }

    List<Classifier.Scored> rank(Document document, String language) {
        Classifier own = language == null ? null : byLanguage.get(language);
        if (own == null) {
            return shared.rank(document);
        }
        List<Classifier.Scored> fromShared = shared.rank(document);
        List<Classifier.Scored> fromOwn = own.rank(document);
        // Categories in the order first met, as ties keep it: the shared model's ranking, then any only the own one knows.
        String[] categories = new String[fromShared.size() + fromOwn.size()];
        double[] blended = new double[categories.length];
        int count = 0;
        for (Classifier.Scored scored : fromShared) {
            categories[count] = scored.category();
            blended[count++] = (1 - OWN_LANGUAGE_WEIGHT) * scored.confidence();
        }
        for (Classifier.Scored scored : fromOwn) {
            int at = indexOf(categories, count, scored.category());
            if (at < 0) {
                categories[count] = scored.category();
                blended[count++] = OWN_LANGUAGE_WEIGHT * scored.confidence();
            } else {
                blended[at] += OWN_LANGUAGE_WEIGHT * scored.confidence();
            }
        }
        List<Classifier.Scored> ranked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranked.add(new Classifier.Scored(categories[i], blended[i]));
        }
        ranked.sort(Classifier.Scored.BEST_FIRST);
        return ranked;
    }

    /** A dozen categories at most: a look along the array beats a map made for every message. */
    private static int indexOf(String[] categories, int count, String category) {
        for (int i = 0; i < count; i++) {
            if (categories[i].equals(category)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the shared model, trained on every language, has seen any of the document's words. */
    boolean knowsAWordOf(Document document) {
        return shared.knowsAWordOf(document);
    }

    /** The shared model, then each language's. */
    List<Classifier> parts() {
        List<Classifier> parts = new ArrayList<>(List.of(shared));
        parts.addAll(new TreeMap<>(byLanguage).values());
        return parts;
    }

    void write(DataOutputStream out) throws IOException {
        TrainedModels.writeModel(out, shared);
        Map<String, Classifier> sorted = new TreeMap<>(byLanguage);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Classifier> entry : sorted.entrySet()) {
            out.writeUTF(entry.getKey());
            TrainedModels.writeModel(out, entry.getValue());
        }
    }

    static BlendedClassifier read(DataInputStream in) throws IOException {
        Classifier shared = TrainedModels.readModel(in);
        int languages = in.readInt();
        Map<String, Classifier> byLanguage = new TreeMap<>();
        for (int i = 0; i < languages; i++) {
            byLanguage.put(in.readUTF(), TrainedModels.readModel(in));
        }
        return new BlendedClassifier(shared, byLanguage);
    }
}
