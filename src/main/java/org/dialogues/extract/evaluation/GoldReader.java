package org.dialogues.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a gold file: {"articles": [{file, published, meetings, participants, commitments}]}. */
public final class GoldReader {

    private final ObjectMapper mapper = new ObjectMapper();

    public List<GoldArticle> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    public List<GoldArticle> read(InputStream in) throws IOException {
        JsonNode root = mapper.readTree(in);
        List<GoldArticle> articles = new ArrayList<>();
        for (JsonNode article : root.path("articles")) {
            articles.add(article(article));
        }
        return List.copyOf(articles);
    }

    private static GoldArticle article(JsonNode node) {
        List<GoldArticle.Meeting> meetings = new ArrayList<>();
        for (JsonNode m : node.path("meetings")) {
            meetings.add(new GoldArticle.Meeting(text(m, "id"), text(m, "name"), text(m, "series"),
                    m.hasNonNull("edition") ? m.get("edition").asInt() : null, date(m, "start_date"),
                    date(m, "end_date"), text(m, "date_precision"), text(m, "city"), text(m, "country"),
                    strings(m.path("parties")), text(m, "status"), m.path("korea_involved").asBoolean(false)));
        }
        List<GoldArticle.Participant> participants = new ArrayList<>();
        for (JsonNode p : node.path("participants")) {
            participants.add(new GoldArticle.Participant(text(p, "meeting"), text(p, "name"), text(p, "title"),
                    text(p, "organization"), text(p, "country")));
        }
        List<GoldArticle.Commitment> commitments = new ArrayList<>();
        for (JsonNode c : node.path("commitments")) {
            commitments.add(new GoldArticle.Commitment(text(c, "meeting"), text(c, "kind"), strings(c.path("parties")),
                    text(c, "sentence"), List.copyOf(strings(c.path("alt_sentences")))));
        }
        return new GoldArticle(text(node, "file"), date(node, "published"), meetings, participants, commitments);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
