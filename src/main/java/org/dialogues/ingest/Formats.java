package org.dialogues.ingest;

import java.util.List;
import java.util.Optional;

/**
 * The format readers, composed: a file goes to the reader that owns its extension, except that a
 * .txt file holding an HTML page goes to the HTML reader; a file with an unfamiliar extension goes
 * to the first reader that recognizes its content, plain text being the last resort.
 */
final class Formats {

    private final HtmlFormat html = new HtmlFormat();
    private final PlainTextFormat plainText = new PlainTextFormat();
    /** In the order content is tried. */
    private final List<FormatReader> readers = List.of(html, new JsonLinesFormat(), new JsonFormat(), plainText);

    FormatReader readerFor(RawFile file) {
        Optional<FormatReader> owner = readers.stream().filter(r -> r.extensions().contains(file.extension())).findFirst();
        if (owner.isPresent() && owner.get() == plainText && html.recognizes(file.text())) {
            return html;
        }
        return owner.orElseGet(() -> readers.stream()
                .filter(reader -> reader.recognizes(file.text()))
                .findFirst()
                .orElse(plainText));
    }
}
