package org.dialogues.ingest;

import java.util.List;
import java.util.Set;

/**
 * Reads one file format. A reader declares the media types it produces and the file extensions it
 * owns; for files with other extensions it says whether their content looks like its format.
 */
interface FormatReader {

    Set<String> mediaTypes();

    Set<String> extensions();

    /** Whether content of a file with an unfamiliar extension is in this format. */
    boolean recognizes(String content);

    /** The articles in the file; never throws for bad content, which becomes a {@link Parsed.Failure}. */
    List<Parsed> read(RawFile file);
}
