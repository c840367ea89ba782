package org.destalk.dialog;

import java.util.List;

/**
 * SMS arithmetic: whether a text fits the GSM-7 alphabet (160 characters a segment, 153 when split) or
 * needs UCS-2 (70, or 67 when split), and how a question looks as a numbered list.
 */
public final class SmsText {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

    private SmsText() {
    }

    /** Replaces typographic characters with their plain equivalents so that a text can stay in GSM-7. */
    public static String plain(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...").replace('\u00A0', ' ')
                .replace("\u2022", "-");
    }

    public static boolean isGsm7(String text) {
        return text.codePoints().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
    }

    /** Length in encoding units: GSM septets (extended characters count twice) or UTF-16 code units. */
    public static int units(String text) {
        if (!isGsm7(text)) {
            return text.length();
        }
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += GSM_EXTENDED.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return units;
    }

    public static int singleSegmentLimit(boolean gsm7) {
        return gsm7 ? 160 : 70;
    }

    public static int multiSegmentLimit(boolean gsm7) {
        return gsm7 ? 153 : 67;
    }

    public static int segments(String text) {
        boolean gsm = isGsm7(text);
        int units = units(text);
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
