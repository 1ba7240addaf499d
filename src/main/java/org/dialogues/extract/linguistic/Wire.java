package org.dialogues.extract.linguistic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The annotator's wire format: length-prefixed frames over a local socket, one request per
 * connection. A request is the magic number, the token, an operation and its arguments; an answer
 * is a status byte and its fields.
 */
final class Wire {

    /** "DLG" and the protocol's version: bump it with any change below. */
    static final int MAGIC = 0x444c4701;
    static final byte ANNOTATE = 'A';
    static final byte PING = 'P';
    static final byte STOP = 'S';
    static final byte OK = 0;
    static final byte DENIED = 1;
    static final byte FAILED = 2;
    /** A frame longer than this is refused: no article comes close, and a bad length must not exhaust the heap. */
    static final int MAX_FRAME = 64 << 20;

    private Wire() {
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("frame of " + length + " bytes refused");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    static void writeText(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    static String readText(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }
}
