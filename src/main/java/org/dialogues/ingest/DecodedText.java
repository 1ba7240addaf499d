package org.dialogues.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/** Text decoded from bytes, with the charset that decoded it (a byte-order mark is not part of the text). */
record DecodedText(String text, Charset charset) {

    DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
