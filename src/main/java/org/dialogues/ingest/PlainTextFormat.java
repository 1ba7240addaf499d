package org.dialogues.ingest;

import java.util.List;
import java.util.Set;

/** Text saved from a web page or typed in: the whole file is one article, cleaned later. */
final class PlainTextFormat implements FormatReader {

    static final String MEDIA_TYPE = "text/plain";

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    @Override
    public boolean recognizes(String content) {
        return true;
    }

    @Override
    public List<Parsed> read(RawFile file) {
        return List.of(new Parsed.Draft(file.source(), file.bytes(), MEDIA_TYPE, file.text(), Metadata.EMPTY, List.of()));
    }
}
