package org.dialogues.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns JSON objects into article drafts. Fields: {@code title}, {@code text} or {@code body} (HTML
 * markup in it is reduced to its text), {@code published}, {@code url}, {@code outlet},
 * {@code language}; a few common synonyms (headline, content, date, link, source) are read too.
 */
final class JsonRecords {

    static final String MEDIA_TYPE = "application/json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final DateParser dates = new DateParser();
    private final HtmlText html = new HtmlText();

    /** The parsed value, or one line saying where and why the JSON is broken. */
    JsonNode parse(String json) throws MalformedJsonException {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException("contains no JSON value");
            }
            return node;
        } catch (JsonEOFException e) {
            throw new MalformedJsonException("truncated JSON: input ends " + where(e.getLocation())
                    + " before the value is complete");
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException("malformed JSON " + where(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    /** Character offsets [start, end) of each element of a top-level array, to keep each record's own bytes. */
    List<int[]> elementSpans(String json) throws MalformedJsonException {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            List<int[]> spans = new ArrayList<>();
            parser.nextToken();
            while (parser.nextToken() != null && !parser.currentToken().isStructEnd()) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                int end = (int) parser.currentLocation().getCharOffset();
                spans.add(new int[] {start, end});
            }
            return spans;
        } catch (IOException e) {
            throw new MalformedJsonException("malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    Parsed draft(String source, byte[] original, JsonNode record) {
        if (!record.isObject()) {
            return new Parsed.Failure(source, "record is a JSON " + record.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object with the article's fields");
        }
        Optional<String> body = text(record, "text", "body", "content", "article");
        if (body.isEmpty()) {
            return new Parsed.Failure(source, "record has no text (expected a non-empty \"text\" or \"body\" field)");
        }
        List<String> notes = new ArrayList<>();
        Optional<String> publishedValue = text(record, "published", "date", "published_at", "publishedAt", "datePublished");
        PublishedDate published = publishedValue.flatMap(dates::parseValue).orElse(null);
        if (publishedValue.isPresent() && published == null) {
            notes.add("the published value \"" + publishedValue.get() + "\" is not a date");
        }
        Metadata metadata = new Metadata(
                text(record, "title", "headline").orElse(null),
                text(record, "url", "link").orElse(null),
                text(record, "outlet", "source", "publisher", "site_name").orElse(null),
                published,
                text(record, "language", "lang").map(lang -> lang.split("[-_]")[0].toLowerCase(Locale.ROOT)).orElse(null));
        String story = HtmlText.looksLikeMarkup(body.get()) ? html.fragment(body.get()) : body.get();
        return new Parsed.Draft(source, original, MEDIA_TYPE, story, metadata, notes);
    }

    private static Optional<String> text(JsonNode record, String... names) {
        for (String name : names) {
            JsonNode value = record.get(name);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    /** JSON that cannot be parsed; the message says where. */
    static final class MalformedJsonException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedJsonException(String message) {
            super(message);
        }
    }
}
