package org.destalk.dialog;

import java.util.BitSet;
import java.util.List;

/**
 * SMS arithmetic: whether a text fits the GSM-7 alphabet (160 characters a segment, 153 when split) or
 * needs UCS-2 (70, or 67 when split), and how a question looks as a numbered list.
 */
public final class SmsText {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";
    /** Looked up per character of every SMS sent, so kept as bit sets rather than searched strings. */
    private static final BitSet EXTENDED = charsOf(GSM_EXTENDED);
    private static final BitSet GSM = charsOf(GSM_BASIC + GSM_EXTENDED);

    private SmsText() {
    }

    private static BitSet charsOf(String chars) {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        chars.chars().forEach(set::set);
        return set;
    }

    /** Replaces typographic characters with their plain equivalents so that a text can stay in GSM-7. */
    public static String plain(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...").replace('\u00A0', ' ')
                .replace("\u2022", "-");
    }

    public static boolean isGsm7(String text) {
        return septets(text) >= 0;
    }

    /** Length in encoding units: GSM septets (extended characters count twice) or UTF-16 code units. */
    public static int units(String text) {
        int septets = septets(text);
        return septets >= 0 ? septets : text.length();
    }

    /** The text's length in GSM-7 septets, or -1 if it needs UCS-2: one pass, as every SMS sent is measured several times. */
    private static int septets(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!GSM.get(c)) {
                return -1; // surrogates are never in the set, so neither is anything beyond the BMP
            }
            septets += EXTENDED.get(c) ? 2 : 1;
        }
        return septets;
    }

    public static int singleSegmentLimit(boolean gsm7) {
        return gsm7 ? 160 : 70;
    }

    public static int multiSegmentLimit(boolean gsm7) {
        return gsm7 ? 153 : 67;
    }

    public static int segments(String text) {
        int septets = septets(text);
        boolean gsm = septets >= 0;
        int units = gsm ? septets : text.length();
        if (units <= singleSegmentLimit(gsm)) {
            return 1;
        }
        int per = multiSegmentLimit(gsm);
        return (units + per - 1) / per;
    }

    /** A question as an SMS user sees it: the text and the numbered options. */
    public static String numbered(String text, List<String> labels) {
        if (labels.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append("\n");
        for (int i = 0; i < labels.size(); i++) {
            out.append('\n').append(i + 1).append(' ').append(labels.get(i));
        }
        return out.toString();
    }

    /**
     * The numbered question with the reply hint ("Reply with a number.") added only when it still fits
     * in {@code maxSegments}: the hint helps, but never at the price of an extra segment.
     */
    public static String numbered(String text, List<String> labels, String replyHint, int maxSegments) {
        String question = numbered(text, labels);
        if (labels.isEmpty() || replyHint == null || replyHint.isBlank()) {
            return question;
        }
        String hinted = question + "\n" + replyHint;
        return segments(plain(hinted)) <= maxSegments ? hinted : question;
    }
}
