package org.dialogues.ingest;

/** What a line of a saved page looks like, judged on the line alone. */
enum LineKind {
    /** Nothing but whitespace. */
    BLANK,
    /** A sentence or paragraph of prose: what stories are made of. */
    PROSE,
    /** Prose-like words without closing punctuation: a list item or deck inside a story. */
    PHRASE,
    /** A photo caption with a credit; prose, but only kept when it sits inside the story. */
    CAPTION,
    /** Headline, menu entry, label, name, number: short and without sentence punctuation. */
    HEADING,
    /** Known page furniture: share and comment widgets, copyright, cookie notices, bylines. */
    BOILERPLATE,
    /** The heading of a list of other stories: a story rarely goes on after one. */
    SECTION_BREAK,
    /** The heading of readers' comments: a story never goes on after it. */
    COMMENTS
}
