package org.dialogues.cli;

import org.dialogues.report.Format;
import org.dialogues.report.Reports;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every report command shares: where to write and in which format. */
final class ReportOutputOptions {

    @Option(names = "--format", defaultValue = "pdf", description = "pdf, xlsx or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", description = "File to write (written atomically; default out/<report>.<format>).")
    Path out;

    Format format() {
        return Format.parse(format);
    }

    /** The file to write: --out, or out/&lt;name&gt;.&lt;extension&gt; in the working directory. */
    Path target(Environment environment, String name) {
        return environment.resolve(out != null ? out : Reports.defaultFile(name, format()));
    }
}
