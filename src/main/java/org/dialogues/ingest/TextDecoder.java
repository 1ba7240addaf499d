package org.dialogues.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes article bytes strictly: a byte-order mark names UTF-8 or UTF-16; otherwise UTF-8, then a
 * charset the document declares, then Windows-1252. Nothing is decoded with replacement characters:
 * bytes that fit none of these, or decode to control characters, are not text.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    DecodedText decode(byte[] bytes, Optional<Charset> declared) throws UndecodableException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8)
                    .orElseThrow(() -> new UndecodableException("has a UTF-8 byte-order mark but is not valid UTF-8")),
                    StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return checked(strict(Arrays.copyOfRange(bytes, 2, bytes.length), utf16)
                    .orElseThrow(() -> new UndecodableException("has a UTF-16 byte-order mark but is not valid UTF-16")),
                    utf16);
        }
        if (containsNul(bytes)) {
            throw new UndecodableException("is binary (contains NUL bytes), not a text article");
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return checked(utf8.get(), StandardCharsets.UTF_8);
        }
        for (Charset charset : declared.stream().toList()) {
            Optional<String> text = strict(bytes, charset);
            if (text.isPresent()) {
                return checked(text.get(), charset);
            }
        }
        return checked(strict(bytes, WINDOWS_1252).orElseThrow(() -> new UndecodableException(
                "cannot be decoded: not valid UTF-8, UTF-16 or Windows-1252 text")), WINDOWS_1252);
    }

    /** Decoded text full of control characters is binary data that happened to decode. */
    private static DecodedText checked(String text, Charset charset) throws UndecodableException {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > 0 && controls * 200 > text.length()) {
            throw new UndecodableException("is binary (control characters), not a text article");
        }
        return new DecodedText(text, charset);
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
