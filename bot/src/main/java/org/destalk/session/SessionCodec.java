package org.destalk.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.destalk.engine.State;

/**
 * A compact binary form of a session for Redis: about a hundred bytes for a typical conversation.
 * Telegram message ids are stored as numbers and Twilio SIDs as their 16 bytes, not as text.
 */
public final class SessionCodec {

    private static final int FORMAT = 1;
    private static final int NUMBER = 0;
    private static final int SID = 1;
    private static final int TEXT = 2;
    /** Compiled once: every save writes the trail, and compiling these per id was a twentieth of an SMS turn. */
    /** Telegram message ids of up to 18 digits fit a long. */
    private static final int LONGEST_MESSAGE_ID = 18;
    private static final int SID_LENGTH = 34;

    private SessionCodec() {
    }

    public static byte[] encode(Session session) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            State state = session.state();
            out.writeByte(FORMAT);
            for (String text : new String[] {state.dialog(), state.node(), state.language(), state.country(), state.lastOption(), state.resume()}) {
                writeText(out, text);
            }
            writeVarint(out, state.misses());
            out.writeBoolean(state.languageSettled());
            writeVarint(out, state.scores().size());
            for (Map.Entry<String, Integer> score : state.scores().entrySet()) {
                writeText(out, score.getKey());
                writeVarint(out, score.getValue());
            }
            writeList(out, List.copyOf(state.flags()));
            State.Awaiting awaiting = state.awaiting();
            writeText(out, awaiting == null ? null : awaiting.kind().name());
            writeList(out, awaiting == null ? List.of() : awaiting.values());
            writeVarint(out, session.trail().size());
            for (String id : session.trail()) {
                writeTrailId(out, id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Session decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("Unknown session format " + format);
            }
            String dialog = readText(in);
            String node = readText(in);
            String language = readText(in);
            String country = readText(in);
            String lastOption = readText(in);
            String resume = readText(in);
            int misses = readVarint(in);
            boolean settled = in.readBoolean();
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int i = readVarint(in); i > 0; i--) {
                scores.put(readText(in), readVarint(in));
            }
            Set<String> flags = new LinkedHashSet<>(readList(in));
            String awaitingKind = readText(in);
            List<String> awaitingValues = readList(in);
            State.Awaiting awaiting = awaitingKind == null ? null : new State.Awaiting(State.Awaiting.Kind.valueOf(awaitingKind), awaitingValues);
            List<String> trail = new ArrayList<>();
            for (int i = readVarint(in); i > 0; i--) {
                trail.add(readTrailId(in));
            }
            return new Session(new State(dialog, node, language, country, lastOption, scores, flags, resume, awaiting, misses, settled), trail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void writeTrailId(DataOutputStream out, String id) throws IOException {
        if (isMessageId(id)) {
            out.writeByte(NUMBER);
            writeVarlong(out, Long.parseLong(id));
        } else if (isTwilioSid(id)) {
            out.writeByte(SID);
            out.writeByte(id.charAt(0));
            for (int i = 2; i < id.length(); i += 2) {
                out.writeByte(Character.digit(id.charAt(i), 16) << 4 | Character.digit(id.charAt(i + 1), 16));
            }
        } else {
            out.writeByte(TEXT);
            writeText(out, id);
        }
    }

    private static String readTrailId(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        if (tag == NUMBER) {
            return Long.toString(readVarlong(in));
        }
        if (tag == SID) {
            char prefix = (char) in.readUnsignedByte();
            byte[] hex = new byte[16];
            in.readFully(hex);
            return prefix + "M" + HexFormat.of().formatHex(hex);
        }
        return readText(in);
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        writeVarint(out, values.size());
        for (String value : values) {
            writeText(out, value);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = readVarint(in); i > 0; i--) {
            values.add(readText(in));
        }
        return values;
    }

    /** A length-prefixed UTF-8 text; length 0 means null (no text field is ever empty). */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            writeVarint(out, 0);
            return;
        }
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        writeVarint(out, utf8.length + 1);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = readVarint(in);
        if (length == 0) {
            return null;
        }
        byte[] utf8 = new byte[length - 1];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        writeVarlong(out, value);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        return (int) readVarlong(in);
    }

    private static void writeVarlong(DataOutputStream out, long value) throws IOException {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.writeByte((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    private static long readVarlong(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("Malformed number");
    }
}
