package org.destalk.session;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HexFormat;

/**
 * The channel message ids of a session's trail, each in its smallest form: a Telegram message id as a
 * number, a Twilio SID as its 16 bytes, anything else as text. Every form reads back as written.
 */
final class TrailIds {

    private static final int NUMBER = 0;
    private static final int SID = 1;
    private static final int TEXT = 2;
    /** Telegram message ids of up to 18 digits fit a long. */
    private static final int LONGEST_MESSAGE_ID = 18;
    private static final int SID_LENGTH = 34;

    private TrailIds() {
    }

    /** Checked char by char: every turn stores a trail, and matching patterns was a tenth of storing it. */
    private static boolean isMessageId(String id) {
        boolean leadingZero = id.length() > 1 && id.charAt(0) == '0'; // would come back without it
        return !id.isEmpty() && !leadingZero && id.length() <= LONGEST_MESSAGE_ID && allIn(id, 0, "0123456789");
    }

    /** SM or MM, then 32 lower-case hex digits. */
    private static boolean isTwilioSid(String id) {
        return id.length() == SID_LENGTH && (id.startsWith("SM") || id.startsWith("MM")) && allIn(id, 2, "0123456789abcdef");
    }

    private static boolean allIn(String id, int from, String allowed) {
        for (int i = from; i < id.length(); i++) {
            if (allowed.indexOf(id.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static void write(DataOutputStream out, String id) throws IOException {
        if (isMessageId(id)) {
            out.writeByte(NUMBER);
            Wire.writeVarlong(out, Long.parseLong(id));
        } else if (isTwilioSid(id)) {
            out.writeByte(SID);
            out.writeByte(id.charAt(0));
            for (int i = 2; i < id.length(); i += 2) {
                out.writeByte(Character.digit(id.charAt(i), 16) << 4 | Character.digit(id.charAt(i + 1), 16));
            }
        } else {
            out.writeByte(TEXT);
            Wire.writeText(out, id);
        }
    }

    static String read(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        if (tag == NUMBER) {
            return Long.toString(Wire.readVarlong(in));
        }
        if (tag == SID) {
            char prefix = (char) in.readUnsignedByte();
            byte[] hex = new byte[16];
            in.readFully(hex);
            return prefix + "M" + HexFormat.of().formatHex(hex);
        }
        return Wire.readText(in);
    }
}
