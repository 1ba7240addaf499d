package org.dialogues.extract.text;

import java.time.LocalDate;
import java.util.Optional;
import org.dialogues.extract.time.DatePrecision;

/** When the article was published, if known: the reference point for "on Monday" or "next year". */
public record Publication(LocalDate date, DatePrecision precision) {

    public static final Publication UNKNOWN = new Publication(null, DatePrecision.UNKNOWN);

    public Publication {
        if (precision == null) {
            precision = date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
        }
    }

    public Optional<LocalDate> known() {
        return Optional.ofNullable(date);
    }
}
