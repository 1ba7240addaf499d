package org.dialogues.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading values a browser sent. Nothing from a form is trusted: ids must be numbers, dates real
 * dates, texts of bounded length, party codes known. A bad value stops the request with one line
 * naming the field, before anything is stored.
 */
final class Form {

    static final int NAME_LENGTH = 200;
    static final int TEXT_LENGTH = 1000;

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}");
    private static final Pattern PARTY = Pattern.compile("[A-Z]{2,10}");
    private static final Pattern SPAN = Pattern.compile("([0-9]{1,9})-([0-9]{1,9})");

    private Form() {
    }

    static long id(String raw, String label) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw HttpProblem.badInput(label + ": missing");
        }
        if (!ID.matcher(value).matches()) {
            throw HttpProblem.badInput(label + ": '" + shown(value) + "' is not a number");
        }
        return Long.parseLong(value);
    }

    static int version(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (!VERSION.matcher(value).matches()) {
            throw HttpProblem.badInput("version: '" + shown(value) + "' is not a version number; reload the page and try again");
        }
        return Integer.parseInt(value);
    }

    static Optional<LocalDate> date(String raw, String label) {
        Optional<String> value = optional(raw, label, 10);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw HttpProblem.badInput(label + ": " + shown(value.get()) + " is not a date (write YYYY-MM-DD, e.g. 2025-03-14)");
        }
    }

    static Optional<String> optional(String raw, String label, int longest) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() > longest) {
            throw HttpProblem.badInput(label + ": longer than " + longest + " characters");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static String required(String raw, String label, int longest) {
        return optional(raw, label, longest).orElseThrow(() -> HttpProblem.badInput(label + ": missing"));
    }

    static String choice(String raw, String label, Set<String> allowed) {
        String value = required(raw, label, 40).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw HttpProblem.badInput(label + ": '" + shown(value) + "' is not one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return value;
    }

    /** Party codes separated by commas or spaces; each must be in the party table. */
    static Set<String> parties(String raw, FactQueries facts) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : optional(raw, "parties", NAME_LENGTH).orElse("").split("[,\\s]+")) {
            if (!part.isEmpty()) {
                codes.add(party(part, "party", facts));
            }
        }
        return codes;
    }

    static String party(String raw, String label, FactQueries facts) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!PARTY.matcher(code).matches() || !facts.partyExists(code)) {
            throw HttpProblem.badInput(label + ": " + shown(raw.strip()) + " is not a known party code (e.g. KR, US, JP, EU, NATO)");
        }
        return code;
    }

    /** A sentence as {@code start-end} offsets. */
    static Optional<Highlighter.Span> span(String raw) {
        Optional<String> value = optional(raw, "sentence", 30);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        var m = SPAN.matcher(value.get());
        if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
            throw HttpProblem.badInput("sentence: '" + shown(value.get()) + "' is not a sentence of this article; click a sentence in the text");
        }
        return Optional.of(new Highlighter.Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** A value echoed in a message, cut short: a message is one line. */
    private static String shown(String value) {
        String line = value.replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }
}
