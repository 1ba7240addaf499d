package org.dialogues.schedule;

import org.dialogues.report.Format;
import org.dialogues.report.Quarter;
import org.dialogues.report.Reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Renders scheduled reports with the report package. */
public final class ReportsRenderer implements ReportRenderer {

    private final Reports reports;

    public ReportsRenderer(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void render(ReportKind report, Map<String, String> parameters, OutputFormat format, Path target) {
        Format as = Format.parse(format.extension());
        switch (report) {
            case QUARTERLY -> reports.quarterly(Quarter.parse(parameters.get("quarter")), as, target);
            case PARTNER -> reports.partner(parameters.get("party"), date(parameters, "from", LocalDate.of(1948, 1, 1)),
                    date(parameters, "to", LocalDate.now()), as, target);
            case COMMITMENTS -> reports.commitments(Optional.ofNullable(parameters.get("party")),
                    Optional.ofNullable(parameters.get("status")), as, target);
        }
    }

    /** The first 12 hex digits of the SHA-256 of the compiled main template the build put on the class path. */
    @Override
    public String templateVersion(ReportKind report) {
        String resource = "reports/" + report.id() + "/" + report.id() + ".jasper";
        try (InputStream in = Reports.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "missing:" + resource;
            }
            return report.id() + "@" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable:" + resource;
        }
    }

    private static LocalDate date(Map<String, String> parameters, String key, LocalDate otherwise) {
        return Optional.ofNullable(parameters.get(key)).map(LocalDate::parse).orElse(otherwise);
    }
}
