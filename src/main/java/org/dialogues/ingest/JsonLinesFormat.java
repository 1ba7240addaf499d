package org.dialogues.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON Lines: one article object per line. Record sources are {@code file#N} with N the line number.
 * A bad line rejects that record only; blank lines are skipped.
 */
final class JsonLinesFormat implements FormatReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

    private final JsonRecords records = new JsonRecords();

    @Override
    public Set<String> mediaTypes() {
        return Set.of(JsonRecords.MEDIA_TYPE);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson");
    }

    @Override
    public boolean recognizes(String content) {
        List<String> lines = LINE_BREAK.splitAsStream(content).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.size() >= 2 && lines.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}"));
    }

    @Override
    public List<Parsed> read(RawFile file) {
        String[] lines = LINE_BREAK.split(file.text(), -1);
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                parsed.add(record(file, i + 1, lines[i]));
            }
        }
        if (parsed.isEmpty()) {
            parsed.add(new Parsed.Failure(file.source(), "has no JSON records (every line is blank)"));
        }
        return parsed;
    }

    private Parsed record(RawFile file, int lineNumber, String line) {
        String source = file.source() + "#" + lineNumber;
        try {
            JsonNode node = records.parse(line);
            return records.draft(source, line.getBytes(file.decoded().charset()), node);
        } catch (JsonRecords.MalformedJsonException e) {
            return new Parsed.Failure(source, e.getMessage().replace("at line 1, ", "at line " + lineNumber + ", "));
        }
    }
}
