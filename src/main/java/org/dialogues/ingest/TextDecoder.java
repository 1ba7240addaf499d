package org.dialogues.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes article bytes strictly: a byte-order mark names UTF-8 or UTF-16; NUL bytes falling mostly on
 * one side of each byte pair name UTF-16 without a mark; otherwise UTF-8, then a charset the document
 * declares, then UTF-8 with a few broken spots (repaired with U+FFFD and counted, so the article is
 * flagged), then Windows-1252. Otherwise nothing is decoded with replacement characters: bytes that
 * fit none of these, or decode to control characters or unassigned code points, are not text.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a file is examined to recognize UTF-16 without a byte-order mark. */
    private static final int SNIFF_BYTES = 4096;
    /** More broken spots than this and the file is not "UTF-8 with a few bad bytes" but something else. */
    private static final int MAX_UTF8_REPAIRS = 16;
    private static final byte[] REPLACEMENT_IN_UTF8 = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

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
            Charset utf16 = unmarkedUtf16(bytes).orElseThrow(
                    () -> new UndecodableException("is binary (contains NUL bytes), not a text article"));
            String text = strict(bytes, utf16).orElseThrow(() -> new UndecodableException(
                    "looks like " + utf16.name() + " without a byte-order mark but is not valid UTF-16"));
            return plausible(checked(text, utf16));
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
        if (isDamagedUtf8(bytes)) {
            return repairedUtf8(bytes);
        }
        return checked(strict(bytes, WINDOWS_1252).orElseThrow(() -> new UndecodableException(
                "cannot be decoded: not valid UTF-8, UTF-16 or Windows-1252 text")), WINDOWS_1252);
    }

    /**
     * UTF-8 with a character cut here and there (a truncated download, a bad copy) is still UTF-8:
     * read as Windows-1252 it would become mojibake ("Ã©íêµ") throughout. It is UTF-8 when it holds
     * at least as many well-formed multi-byte sequences (or sequences cut short) as broken spots,
     * and only a few of those; Windows-1252 text has next to no well-formed UTF-8 sequences.
     */
    static boolean isDamagedUtf8(byte[] bytes) {
        int wellFormed = 0;
        int cutShort = 0;
        int stray = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            int k = 1;
            while (length > 0 && k < length && i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80) {
                k++;
            }
            if (length > 0 && k == length) {
                wellFormed++;
                i += length;
            } else if (length > 0 && (k > 1 || i + k == bytes.length)) {
                cutShort++;   // a lead byte with some of its continuation bytes, or cut off by the end of the file
                i += k;
            } else {
                stray++;
                i++;
            }
        }
        int damage = cutShort + stray;
        return damage > 0 && damage <= MAX_UTF8_REPAIRS && damage <= wellFormed + cutShort;
    }

    private static DecodedText repairedUtf8(byte[] bytes) throws UndecodableException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            long replaced = text.chars().filter(c -> c == '\uFFFD').count() - countOf(bytes, REPLACEMENT_IN_UTF8);
            DecodedText checked = checked(text, StandardCharsets.UTF_8);
            return new DecodedText(checked.text(), checked.charset(), (int) Math.max(replaced, 1));
        } catch (CharacterCodingException e) {
            throw new UndecodableException("cannot be decoded: not valid UTF-8, UTF-16 or Windows-1252 text");
        }
    }

    private static int countOf(byte[] bytes, byte[] sequence) {
        int count = 0;
        for (int i = 0; i + sequence.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + sequence.length, sequence, 0, sequence.length)) {
                count++;
            }
        }
        return count;
    }

    /** Decoded text full of control characters is binary data that happened to decode. */
    private static DecodedText checked(String text, Charset charset) throws UndecodableException {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > 0 && controls * 200 > text.length()) {
            throw new UndecodableException("is binary (control characters), not a text article");
        }
        return new DecodedText(text, charset);
    }

    /**
     * UTF-16 text without a byte-order mark: Latin letters, digits, spaces and punctuation have a zero
     * high byte, so NULs gather at odd positions (little-endian) or even ones (big-endian); in binary
     * data they fall on both. Korean text has fewer such characters, but spaces and digits suffice.
     */
    static Optional<Charset> unmarkedUtf16(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int sample = Math.min(bytes.length, SNIFF_BYTES);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = sample / 2;
        if (odd * 10 >= pairs && even * 20 <= odd) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (even * 10 >= pairs && odd * 20 <= even) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Bytes guessed to be UTF-16 must read as text: hardly any unassigned or private-use characters. */
    private static DecodedText plausible(DecodedText decoded) throws UndecodableException {
        long odd = decoded.text().codePoints()
                .filter(c -> Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE)
                .count();
        if (odd * 100 > decoded.text().length()) {
            throw new UndecodableException("looks like " + decoded.charset().name()
                    + " without a byte-order mark but holds characters no text uses; not a text article");
        }
        return decoded;
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
