package org.destalk.session;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The stored session's building blocks: numbers in as few bytes as they need, and texts that may be absent. */
final class Wire {

    private Wire() {
    }

    /** A length-prefixed UTF-8 text; length 0 means null (no text field is ever empty). */
    static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            writeVarint(out, 0);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, utf8.length + 1);
        out.write(utf8);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = readVarint(in);
        if (length == 0) {
            return null;
        }
        byte[] utf8 = new byte[length - 1];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    static void writeVarint(DataOutputStream out, int value) throws IOException {
        writeVarlong(out, value);
    }

    static int readVarint(DataInputStream in) throws IOException {
        return (int) readVarlong(in);
    }

    static void writeVarlong(DataOutputStream out, long value) throws IOException {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.writeByte((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    static long readVarlong(DataInputStream in) throws IOException {
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
