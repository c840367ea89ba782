package org.destalk.engine;

import org.destalk.dialog.TextFold;
import org.destalk.directory.Directory;

/** Finds a country in what someone typed: the whole text, or its longest run of words that names one. */
final class CountryWords {

    private static final int LONGEST_NAME_IN_WORDS = 3;

    private CountryWords() {
    }

    static String find(Directory directory, String typed) {
        String whole = directory.resolve(typed);
        if (whole != null) {
            return whole;
        }
        String[] words = TextFold.fold(typed).split(" ");
        for (int size = Math.min(LONGEST_NAME_IN_WORDS, words.length); size >= 1; size--) {
            for (int start = 0; start + size <= words.length; start++) {
                String code = directory.resolve(String.join(" ", java.util.Arrays.copyOfRange(words, start, start + size)));
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }
}
