package org.dialogues.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A saved HTML page: the main text via readability, metadata from its meta tags. */
final class HtmlFormat implements FormatReader {

    static final String MEDIA_TYPE = "text/html";

    private static final int SNIFF_LENGTH = 65_536;

    private final HtmlText html = new HtmlText();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml");
    }

    @Override
    public boolean recognizes(String content) {
        String stripped = content.stripLeading();
        // the start of a page says what it is; no need to lower-case megabytes
        String start = stripped.substring(0, Math.min(stripped.length(), SNIFF_LENGTH)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html")
                || (start.startsWith("<") && start.contains("<body"));
    }

    @Override
    public List<Parsed> read(RawFile file) {
        return html.page(file.text())
                .<Parsed>map(content -> new Parsed.Draft(
                        file.source(), file.bytes(), MEDIA_TYPE, content.text(), content.metadata(), List.of()))
                .map(List::of)
                .orElseGet(() -> List.of(new Parsed.Failure(file.source(), "no main text found in the HTML")));
    }
}
