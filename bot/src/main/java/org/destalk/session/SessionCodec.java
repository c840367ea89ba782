package org.destalk.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    private SessionCodec() {
    }

    public static byte[] encode(Session session) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            State state = session.state();
            out.writeByte(FORMAT);
            for (String text : new String[] {state.dialog(), state.node(), state.language(), state.country(), state.lastOption(), state.resume()}) {
                Wire.writeText(out, text);
            }
            Wire.writeVarint(out, state.misses());
            out.writeBoolean(state.languageSettled());
            Wire.writeVarint(out, state.scores().size());
            for (Map.Entry<String, Integer> score : state.scores().entrySet()) {
                Wire.writeText(out, score.getKey());
                Wire.writeVarint(out, score.getValue());
            }
            writeList(out, List.copyOf(state.flags()));
            State.Awaiting awaiting = state.awaiting();
            Wire.writeText(out, awaiting == null ? null : awaiting.kind().name());
            writeList(out, awaiting == null ? List.of() : awaiting.values());
            Wire.writeVarint(out, session.trail().size());
            for (String id : session.trail()) {
                TrailIds.write(out, id);
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
            String dialog = Wire.readText(in);
            String node = Wire.readText(in);
            String language = Wire.readText(in);
            String country = Wire.readText(in);
            String lastOption = Wire.readText(in);
            String resume = Wire.readText(in);
            int misses = Wire.readVarint(in);
            boolean settled = in.readBoolean();
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int i = Wire.readVarint(in); i > 0; i--) {
                scores.put(Wire.readText(in), Wire.readVarint(in));
            }
            Set<String> flags = new LinkedHashSet<>(readList(in));
            String awaitingKind = Wire.readText(in);
            List<String> awaitingValues = readList(in);
            State.Awaiting awaiting = awaitingKind == null ? null : new State.Awaiting(State.Awaiting.Kind.valueOf(awaitingKind), awaitingValues);
            List<String> trail = new ArrayList<>();
            for (int i = Wire.readVarint(in); i > 0; i--) {
                trail.add(TrailIds.read(in));
            }
            return new Session(new State(dialog, node, language, country, lastOption, scores, flags, resume, awaiting, misses, settled), trail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        Wire.writeVarint(out, values.size());
        for (String value : values) {
            Wire.writeText(out, value);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = Wire.readVarint(in); i > 0; i--) {
            values.add(Wire.readText(in));
        }
        return values;
    }
}
