package org.dialogues.curation;

import org.dialogues.extract.time.DatePrecision;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.PARTY;
import static org.dialogues.database.schema.Tables.POSITION_LEVEL;

/**
 * Server-side checks of what an archivist entered. Each failure names the field and the problem in
 * one line; the action stores nothing.
 */
final class Checks {

    static final int NAME_LIMIT = 300;
    static final int SHORT_LIMIT = 200;
    static final int TEXT_LIMIT = 2000;

    private final DSLContext tx;

    Checks(DSLContext tx) {
        this.tx = tx;
    }

    /** Trimmed text, required. */
    static String required(String field, String value, int limit) {
        String text = optional(field, value, limit);
        if (text == null) {
            throw new CurationException(field, "must not be empty");
        }
        return text;
    }

    /** Trimmed text, or null when empty. */
    static String optional(String field, String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > limit) {
            throw new CurationException(field, "longer than " + limit + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new CurationException(field, "contains control characters");
        }
        return text;
    }

    /** A party code that is in the reference data, or null for none. */
    String party(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.strip();
        if (!tx.fetchExists(PARTY, PARTY.CODE.eq(trimmed))) {
            throw new CurationException(field, trimmed + " is not a known party code");
        }
        return trimmed;
    }

    Set<String> parties(String field, Set<String> codes, boolean required) {
        Set<String> checked = new TreeSet<>();
        codes.forEach(code -> {
            String party = party(field, code);
            if (party != null) {
                checked.add(party);
            }
        });
        if (required && checked.isEmpty()) {
            throw new CurationException(field, "name at least one party");
        }
        return checked;
    }

    String level(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.strip();
        if (!tx.fetchExists(POSITION_LEVEL, POSITION_LEVEL.CODE.eq(trimmed))) {
            throw new CurationException(field, trimmed + " is not a known level (leader, minister, vice_minister, senior_official, working_level, expert)");
        }
        return trimmed;
    }

    /** The start date as its precision stores it: the 1st of the month or year when only those are known. */
    static LocalDate start(MeetingFields fields) {
        LocalDate date = fields.startDate();
        if (fields.precision() == DatePrecision.UNKNOWN) {
            if (date != null || fields.endDate() != null) {
                throw new CurationException("date precision", "unknown, but a date is given");
            }
            return null;
        }
        if (date == null) {
            throw new CurationException("start date", "required when the precision is " + fields.precision().code());
        }
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            throw new CurationException("start date", date + " is not a plausible date");
        }
        return switch (fields.precision()) {
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            default -> date;
        };
    }

    static LocalDate end(MeetingFields fields, LocalDate start) {
        LocalDate end = fields.endDate();
        if (end == null) {
            return null;
        }
        if (fields.precision() != DatePrecision.DAY) {
            throw new CurationException("end date", "only a meeting dated to the day has an end date");
        }
        if (end.isBefore(start)) {
            throw new CurationException("end date", end + " is before the start date " + start);
        }
        return end.equals(start) ? null : end;
    }

    /** A stretch of a stored article's text. */
    SentenceRef sentence(SentenceRef where) {
        if (where == null) {
            throw new CurationException("sentence", "select the sentence of the article that shows it");
        }
        Record2<Long, Integer> article = tx.select(ARTICLE.ID, org.jooq.impl.DSL.length(ARTICLE.TEXT)).from(ARTICLE)
                .where(ARTICLE.ID.eq(where.articleId())).fetchOne();
        if (article == null) {
            throw new CurationException("article", "no article " + where.articleId());
        }
        if (where.start() < 0 || where.end() <= where.start() || where.end() > article.value2()) {
            throw new CurationException("sentence", "characters " + where.start() + "–" + where.end()
                    + " are not within the article's " + article.value2() + " characters");
        }
        return where;
    }
}
