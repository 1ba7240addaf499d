package org.dialogues.ingest;

/** What is known about an article besides its text; any field may be null. */
record Metadata(String title, String url, String outlet, PublishedDate published, String language) {

    static final Metadata EMPTY = new Metadata(null, null, null, null, null);

    Metadata {
        title = clean(title);
        url = clean(url);
        outlet = clean(outlet);
        language = clean(language);
    }

    Metadata withOutlet(String outlet) {
        return new Metadata(title, url, outlet, published, language);
    }

    /** This metadata, with gaps filled from a less trusted source. */
    Metadata orElse(Metadata fallback) {
        return new Metadata(
                title != null ? title : fallback.title,
                url != null ? url : fallback.url,
                outlet != null ? outlet : fallback.outlet,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        // PostgreSQL text holds no NUL; a JSON "\u0000" in a title is dropped, not sent to the database
        String collapsed = value.replace("\0", "").replaceAll("[\\s\\u00A0]+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
