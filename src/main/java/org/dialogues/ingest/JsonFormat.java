package org.dialogues.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JSON file holding one article object, or an array of them (record N of an array has source
 * {@code file#N}, counting from 1). A file that does not parse is rejected whole: a broken array
 * would otherwise be imported in part.
 */
final class JsonFormat implements FormatReader {

    private final JsonRecords records = new JsonRecords();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(JsonRecords.MEDIA_TYPE);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public boolean recognizes(String content) {
        String trimmed = content.strip();
        return (trimmed.startsWith("{") && trimmed.endsWith("}")) || (trimmed.startsWith("[") && trimmed.endsWith("]"));
    }

    @Override
    public List<Parsed> read(RawFile file) {
        try {
            JsonNode root = records.parse(file.text());
            if (!root.isArray()) {
                return List.of(records.draft(file.source(), file.bytes(), root));
            }
            if (root.isEmpty()) {
                return List.of(new Parsed.Failure(file.source(), "is an empty JSON array: no articles in it"));
            }
            return elements(file, root);
        } catch (JsonRecords.MalformedJsonException e) {
            return List.of(new Parsed.Failure(file.source(), e.getMessage()));
        }
    }

    private List<Parsed> elements(RawFile file, JsonNode array) throws JsonRecords.MalformedJsonException {
        List<int[]> spans = records.elementSpans(file.text());
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            int[] span = spans.get(i);
            // the record's own bytes: its characters in the file's encoding
            byte[] original = file.text().substring(span[0], span[1]).getBytes(file.decoded().charset());
            parsed.add(records.draft(file.source() + "#" + (i + 1), original, array.get(i)));
        }
        return parsed;
    }
}
