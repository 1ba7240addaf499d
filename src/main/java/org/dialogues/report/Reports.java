package org.dialogues.report;

import org.dialogues.DialoguesException.Category;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reports of the knowledge base, for the command line, the scheduler and the demo. Each method
 * queries the database, renders the report in the chosen format and writes it atomically to
 * {@code out}, returning the absolute path written.
 */
public final class Reports {

    private static final Set<String> STATUSES = Set.of("open", "fulfilled", "superseded");

    private final ReportQueries queries;
    private final ReportTemplates templates = new ReportTemplates();
    private final ReportWriter writer;
    private final Clock clock;

    public Reports(DSLContext dsl, Clock clock) {
        this(dsl, clock, OutputMode.DEFAULT);
    }

    /** Reports whose files get {@code mode} (see {@link OutputMode}). */
    public Reports(DSLContext dsl, Clock clock, OutputMode mode) {
        this.queries = new ReportQueries(dsl);
        this.clock = clock;
        this.writer = new ReportWriter(templates, mode);
    }

    /** The default file of a report: {@code out/<name>.<extension>}, e.g. out/quarterly-2025-Q1.pdf. */
    public static Path defaultFile(String name, Format format) {
        return Path.of("out", name + "." + format.extension());
    }

    /** Korea's dialogues in one quarter, with the regional context and the next quarter's plans. */
    public Path quarterly(Quarter quarter, Format format, Path out) {
        return quarterly(quarter, format, null, out);
    }

    /** As {@link #quarterly(Quarter, Format, Path)}; {@code section} picks the sheet a CSV holds (null: meetings). */
    public Path quarterly(Quarter quarter, Format format, String section, Path out) {
        ReportStamp stamp = ReportStamp.of("Q", quarter.toString(), clock.instant(), queries.dataAsOf());
        return writer.write(new QuarterlyReport(queries, templates, stamp).build(quarter), format, section, out);
    }

    /** One partner's dialogue history with Korea between two days (inclusive). */
    public Path partner(String partyCode, LocalDate from, LocalDate to, Format format, Path out) {
        return partner(partyCode, from, to, format, null, out);
    }

    public Path partner(String partyCode, LocalDate from, LocalDate to, Format format, String section, Path out) {
        String code = partnerCode(partyCode);
        if (from.isAfter(to)) {
            throw new ReportException(Category.INVALID_INPUT, "--from " + from + " is after --to " + to);
        }
        ReportStamp stamp = ReportStamp.of("P", code + from.getYear() + to.getYear(), clock.instant(), queries.dataAsOf());
        String name = queries.partyName(code).orElseThrow();
        return writer.write(new PartnerReport(queries, templates, stamp).build(code, name, from, to), format, section, out);
    }

    /** The commitment tracker, optionally for one partner and one status (open, fulfilled, superseded). */
    public Path commitments(Optional<String> partyCode, Optional<String> status, Format format, Path out) {
        return commitments(partyCode, status, format, null, out);
    }

    public Path commitments(Optional<String> partyCode, Optional<String> status, Format format, String section, Path out) {
        Optional<String> code = partyCode.map(this::partnerCode);
        Optional<String> wanted = status.map(s -> s.trim().toLowerCase(java.util.Locale.ROOT));
        wanted.filter(s -> !STATUSES.contains(s)).ifPresent(s -> {
            throw new ReportException(Category.INVALID_INPUT, "'" + s + "' is not a commitment status; use open, fulfilled or superseded");
        });
        ReportStamp stamp = ReportStamp.of("C", code.orElse("ALL") + wanted.orElse(""), clock.instant(), queries.dataAsOf());
        return writer.write(new CommitmentReport(queries, templates, stamp).build(code, wanted), format, section, out);
    }

    /**
     * A partner by code, name or alias, the way import reads them ("JP", "Japan", "U.S."). South
     * Korea is every report's subject, not a partner; an unknown name gets a suggestion.
     */
    public String partnerCode(String typed) {
        String text = typed == null ? "" : typed.trim();
        String code = text.toUpperCase(java.util.Locale.ROOT);
        if (queries.partyName(code).isEmpty()) {
            List<String> called = queries.partiesCalled(text);
            if (called.size() != 1) {
                String hint = queries.nearestParty(text).map(c -> "; did you mean " + c + " (" + queries.partyName(c).orElse(c) + ")?")
                        .orElse("; use a code such as US, JP, DE, EU or NATO, or a name such as Japan");
                throw new ReportException(Category.INVALID_INPUT, "'" + text + "' is not a known party code or name"
                        + (called.size() > 1 ? " (it names " + String.join(", ", called) + ")" : "") + hint);
            }
            code = called.get(0);
        }
        if (code.equals("KR")) {
            throw new ReportException(Category.INVALID_INPUT, "South Korea is the subject of every report, not a partner: name the partner, e.g. --party JP");
        }
        return code;
    }
}
