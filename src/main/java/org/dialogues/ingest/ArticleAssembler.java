package org.dialogues.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.dialogues.extract.time.DatePrecision;

/**
 * Completes a draft into a document: cleans the story out of the page, reads metadata from the
 * text, and layers what is known, most trusted first: the archivist's overrides, the directory's
 * manifest, what the format declares (meta tags, JSON fields), what the text shows.
 */
final class ArticleAssembler {

    static final String NO_DATE = "no publication date found";
    private static final String DEFAULT_LANGUAGE = "en";

    private final ReadLimits limits;
    private final PlainTextCleaner cleaner = new PlainTextCleaner();
    private final MetadataDetector detector;
    private final OutletDirectory outlets;

    ArticleAssembler(ReadLimits limits, OutletDirectory outlets) {
        this.limits = limits;
        this.outlets = outlets;
        this.detector = new MetadataDetector(outlets);
    }

    ReadResult assemble(RawFile file, Parsed.Draft draft, Metadata manifest, Overrides overrides) {
        // PostgreSQL text holds no NUL (UTF-16 text may carry some); they mean nothing in a story
        PageLayout page = cleaner.clean(draft.body().indexOf('\0') < 0 ? draft.body() : draft.body().replace("\0", ""));
        if (page.text().isBlank()) {
            return rejected(draft.source(), HtmlFormat.MEDIA_TYPE.equals(draft.mediaType())
                    ? "no main text found in the HTML (only navigation, headings and page furniture)"
                    : "no story text found (only headings, menus and page furniture)");
        }
        int length = textLength(page.text());
        if (length < limits.minTextLength()) {
            return rejected(draft.source(), "text too short to be an article (" + length
                    + " characters after cleaning, at least " + limits.minTextLength() + " needed)");
        }
        Detection detection = detector.detect(page);
        Metadata declared = fromOverrides(overrides).orElse(manifest).orElse(withKnownOutlet(draft.metadata()));
        Metadata known = withOutletOfAddress(declared.orElse(detection.metadata()));
        List<String> reasons = new ArrayList<>(draft.notes());
        if (file.decoded().replaced() > 0) {
            reasons.add(file.decoded().replaced() + " broken UTF-8 byte sequence(s) replaced by U+FFFD (the original bytes are kept)");
        }
        if (known.published() == null) {
            reasons.add(NO_DATE);
        }
        if (declared.published() == null) {
            // what detection says about the date matters only when detection had the last word on it
            reasons.addAll(detection.notes());
        }
        PublishedDate published = known.published();
        return new ReadResult.Accepted(new SourceDocument(
                draft.source(),
                file.fileName(),
                draft.original(),
                file.decoded().charset().name(),
                draft.mediaType(),
                page.text(),
                known.title(),
                known.outlet(),
                known.url(),
                published == null ? null : published.date(),
                published == null ? DatePrecision.UNKNOWN : published.precision(),
                language(known, detection),
                reasons));
    }

    /** What a format declares, its outlet canonical when its name or its address is known, else as written. */
    private Metadata withKnownOutlet(Metadata fromFormat) {
        return fromFormat.withOutlet(outlets.known(fromFormat.outlet())
                .or(() -> outlets.atAddress(fromFormat.url()))
                .orElse(fromFormat.outlet()));
    }

    /** A page whose address is known only from its format (og:url, a JSON field) still names its outlet. */
    private Metadata withOutletOfAddress(Metadata known) {
        if (known.outlet() != null || known.url() == null) {
            return known;
        }
        return known.withOutlet(outlets.atAddress(known.url()).or(() -> OutletDirectory.host(known.url())).orElse(null));
    }

    /**
     * Length in Latin-equivalent characters: a Hangul, Han or kana character says about as much as
     * two Latin letters, so a short Korean article is not rejected where an English one of the same
     * content would pass.
     */
    static int textLength(String text) {
        return text.codePoints().map(c -> isDense(c) ? 2 : 1).sum();
    }

    private static boolean isDense(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** An ISO 639 code as given, else as the text's script suggests; "English" or "en_US!" are no codes. */
    private static String language(Metadata known, Detection detection) {
        return Stream.of(known.language(), detection.metadata().language())
                .filter(Objects::nonNull)
                .map(code -> code.split("[-_]")[0].toLowerCase(Locale.ROOT))
                .filter(code -> code.matches("[a-z]{2,3}"))
                .findFirst()
                .orElse(DEFAULT_LANGUAGE);
    }

    private static Metadata fromOverrides(Overrides overrides) {
        return new Metadata(null, overrides.url(), overrides.outlet(),
                overrides.published() == null ? null : PublishedDate.day(overrides.published()), null);
    }

    static ReadResult.Rejected rejected(String source, String problem) {
        return new ReadResult.Rejected(source, source + ": " + problem);
    }
}
