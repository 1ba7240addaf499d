package org.dialogues.cli;

import org.dialogues.DialoguesException;
import org.dialogues.report.Format;
import org.dialogues.report.ReportWarmup;
import org.dialogues.report.Reports;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The options every report command shares: where to write, in which format, and for CSV which
 * section. The format follows the file's extension unless given; a contradiction is an error, not a
 * PDF written into a file named .xlsx.
 */
final class ReportOutputOptions {

    @Option(names = "--format", description = "pdf, xlsx or csv (default: the extension of --out, else pdf).")
    String format;

    @Option(names = "--out", description = "File to write (written atomically; default out/<report>.<format>).")
    Path out;

    @Option(names = "--section", description = "For CSV, the section to write: meetings, participants, commitments, "
            + "sources (and figures, partners for the quarterly report). Default: meetings (commitments for the tracker).")
    String section;

    Format format() {
        Optional<Format> byExtension = Optional.ofNullable(out).flatMap(ReportOutputOptions::extensionFormat);
        if (format == null) {
            return byExtension.orElse(Format.PDF);
        }
        Format given = Format.parse(format);
        byExtension.filter(f -> f != given).ifPresent(f -> {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT, "--out " + out.getFileName()
                    + " is a ." + f.extension() + " file but --format is " + given.extension() + ": make them agree, or leave one out");
        });
        return given;
    }

    /** For a PDF, starts the rendering engine's set-up beside the database start (see ReportWarmup). */
    void warmUpRendering() {
        if (format() == Format.PDF) {
            ReportWarmup.start();
        }
    }

    /** The CSV section, or null for the report's main one. */
    String section() {
        return section == null ? null : section.trim().toLowerCase(Locale.ROOT);
    }

    /** The file to write: --out, or out/&lt;name&gt;.&lt;extension&gt; in the working directory. */
    Path target(Environment environment, String name) {
        return environment.resolve(out != null ? out : Reports.defaultFile(name, format()));
    }

    private static Optional<Format> extensionFormat(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(Format.values()).filter(f -> name.endsWith("." + f.extension())).findFirst();
    }
}
