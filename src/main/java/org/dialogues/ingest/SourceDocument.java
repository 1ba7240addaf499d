package org.dialogues.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.dialogues.extract.time.DatePrecision;

/**
 * One article as loaded: the exact original bytes, how they were decoded, the story text cleaned of
 * page boilerplate, and the metadata found for it. Immutable: the byte array is copied in and out.
 *
 * @param source path of the file, or {@code path#N} for the Nth record of a JSON array or JSON Lines file
 * @param fileName base name of the file, null when it did not come from a file
 * @param original exact bytes of the file or record
 * @param encoding charset the original was decoded with (UTF-8, UTF-16LE, windows-1252...)
 * @param mediaType text/plain, text/html or application/json
 * @param text the story, cleaned of page boilerplate; the headline is in {@code title}, not here
 * @param published publication date, null when none was found (never guessed)
 * @param publishedPrecision DAY, MONTH or YEAR; UNKNOWN exactly when published is null
 * @param language ISO 639 code
 * @param reviewReasons why an archivist should look at it (e.g. "no publication date found")
 */
public record SourceDocument(
        String source,
        String fileName,
        byte[] original,
        String encoding,
        String mediaType,
        String text,
        String title,
        String outlet,
        String url,
        LocalDate published,
        DatePrecision publishedPrecision,
        String language,
        List<String> reviewReasons) {

    public SourceDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(language, "language");
        original = Objects.requireNonNull(original, "original").clone();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an article needs text: " + source);
        }
        publishedPrecision = published == null ? DatePrecision.UNKNOWN
                : Objects.requireNonNull(publishedPrecision, "publishedPrecision");
        if (published != null && publishedPrecision == DatePrecision.UNKNOWN) {
            throw new IllegalArgumentException("a known date needs a precision: " + source);
        }
        reviewReasons = List.copyOf(reviewReasons);
    }

    @Override
    public byte[] original() {
        return original.clone();
    }

    public boolean needsReview() {
        return !reviewReasons.isEmpty();
    }

    /** Hex SHA-256 of the normalized text: the key under which the same story is stored once. */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalizedText(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /**
     * The text as compared for duplicates: Unicode NFC, typographic quotes and dashes folded to ASCII,
     * whitespace collapsed, so that the same story saved twice by different tools hashes the same.
     */
    static String normalizedText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4\\u0060]", "'")
                .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]", "\"")
                .replaceAll("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212]", "-")
                .replace("\u2026", "...");
        return folded.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceDocument that
                && source.equals(that.source)
                && java.util.Arrays.equals(original, that.original)
                && Objects.equals(text, that.text)
                && Objects.equals(title, that.title)
                && Objects.equals(outlet, that.outlet)
                && Objects.equals(url, that.url)
                && Objects.equals(published, that.published)
                && publishedPrecision == that.publishedPrecision
                && Objects.equals(fileName, that.fileName)
                && encoding.equals(that.encoding)
                && mediaType.equals(that.mediaType)
                && language.equals(that.language)
                && reviewReasons.equals(that.reviewReasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, java.util.Arrays.hashCode(original), text, title, published);
    }

    @Override
    public String toString() {
        return "SourceDocument[source=" + source + ", title=" + title + ", outlet=" + outlet
                + ", published=" + published + ", " + text.length() + " characters]";
    }
}
