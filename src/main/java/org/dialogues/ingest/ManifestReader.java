package org.dialogues.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the sidecar manifest of a directory: {@code manifest.json} (an object mapping file name to
 * {url, outlet, published, title}) or {@code manifest.csv} (columns file,url,outlet,published,title).
 * A broken manifest is an error, not an empty one: importing the directory without the metadata the
 * archivist wrote would be a silent half-import.
 */
final class ManifestReader {

    static final Set<String> FILE_NAMES = Set.of("manifest.json", "manifest.csv");

    private final ObjectMapper mapper = new ObjectMapper();
    private final DateParser dates = new DateParser();

    Manifest read(Path directory) throws ManifestException {
        Map<String, Metadata> entries = new HashMap<>();
        Map<String, Path> listedIn = new HashMap<>();
        Path csv = directory.resolve("manifest.csv");
        Path json = directory.resolve("manifest.json");
        if (Files.isRegularFile(csv)) {
            Map<String, Metadata> rows = csv(csv);
            entries.putAll(rows);
            rows.keySet().forEach(name -> listedIn.put(name, csv));
        }
        if (Files.isRegularFile(json)) {
            Map<String, Metadata> rows = json(json);
            entries.putAll(rows);
            rows.keySet().forEach(name -> listedIn.put(name, json));
        }
        return new Manifest(entries, listedIn);
    }

    private Map<String, Metadata> json(Path file) throws ManifestException {
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ManifestException(file, "is malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new ManifestException(file, "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ManifestException(file, "must be a JSON object mapping file names to {url, outlet, published, title}");
        }
        Map<String, Metadata> entries = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isObject()) {
                throw new ManifestException(file, "entry \"" + entry.getKey() + "\" is not an object");
            }
            entries.put(entry.getKey(), metadata(file, entry.getKey(),
                    field(value, "url"), field(value, "outlet"), field(value, "published"), field(value, "title")));
        }
        return entries;
    }

    private Map<String, Metadata> csv(Path file) throws ManifestException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             var parser = format.parse(reader)) {
            if (!parser.getHeaderMap().containsKey("file")) {
                throw new ManifestException(file, "has no \"file\" column (expected file,url,outlet,published,title)");
            }
            Map<String, Metadata> entries = new HashMap<>();
            for (CSVRecord row : parser) {
                String name = cell(row, "file");
                if (name == null) {
                    throw new ManifestException(file, "row " + row.getRecordNumber() + " has no file name");
                }
                entries.put(name, metadata(file, name, cell(row, "url"), cell(row, "outlet"),
                        cell(row, "published"), cell(row, "title")));
            }
            return entries;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ManifestException(file, "is not valid CSV: " + e.getMessage());
        }
    }

    /** Excel saves CSV as UTF-8 with a byte-order mark, which would otherwise be part of the first column's name. */
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private Metadata metadata(Path file, String name, String url, String outlet, String published, String title)
            throws ManifestException {
        PublishedDate date = null;
        if (published != null && !published.isBlank()) {
            date = dates.parseValue(published).orElseThrow(() -> new ManifestException(file,
                    "gives \"" + published + "\" as the published date of " + name + ", which is not a date"));
        }
        return new Metadata(title, url, outlet, date, null);
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    /** A manifest that exists but cannot be used. */
    static final class ManifestException extends Exception {
        private static final long serialVersionUID = 1L;

        ManifestException(Path file, String problem) {
            super(file + " " + problem);
        }
    }
}
