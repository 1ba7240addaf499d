package org.dialogues.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the charset that decoded it (a byte-order mark is not part of the
 * text) and how many broken byte sequences were replaced by U+FFFD (0 unless the bytes were UTF-8
 * with a few bad spots).
 */
record DecodedText(String text, Charset charset, int replaced) {

    DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        if (replaced < 0) {
            throw new IllegalArgumentException("replaced must not be negative: " + replaced);
        }
    }

    DecodedText(String text, Charset charset) {
        this(text, charset, 0);
    }
}
