package org.destalk.channel.sms;

import java.util.List;

/**
 * TwiML replies: {@code <Response>} with one {@code <Message>} per SMS. Written directly rather than
 * with the SDK's builder, which looks up an XML DOM and a transformer factory on every call; that
 * alone made an SMS turn several times slower than a Telegram turn under load.
 */
final class Twiml {

    static final String EMPTY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private Twiml() {
    }

    static String messages(List<String> texts, String statusCallback) {
        if (texts.isEmpty()) {
            return EMPTY;
        }
        StringBuilder xml = new StringBuilder(sizeOf(texts, statusCallback)).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");
        for (String text : texts) {
            xml.append("<Message");
            if (statusCallback != null && !statusCallback.isBlank()) {
                xml.append(" statusCallback=\"");
                escape(statusCallback, xml);
                xml.append('"');
            }
            xml.append('>');
            escape(text, xml);
            xml.append("</Message>");
        }
        return xml.append("</Response>").toString();
    }

    /** Room for the whole answer with a little escaping, so that the text is copied once, not grown again and again. */
    private static int sizeOf(List<String> texts, String statusCallback) {
        int perMessage = "<Message statusCallback=\"\"></Message>".length() + (statusCallback == null ? 0 : statusCallback.length());
        int size = EMPTY.length() + "</Response>".length();
        for (String text : texts) {
            size += perMessage + text.length() + text.length() / 8;
        }
        return size;
    }

    /** Escapes markup, and leaves out what XML 1.0 cannot carry at all (most control characters, lone surrogates). */
    private static void escape(String text, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> appendIfAllowed(text, i, c, xml);
            }
        }
    }

    private static void appendIfAllowed(String text, int i, char c, StringBuilder xml) {
        boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t';
        boolean loneSurrogate = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        if (!control && !loneSurrogate && c != '\uFFFE' && c != '\uFFFF') {
            xml.append(c);
        }
    }
}
