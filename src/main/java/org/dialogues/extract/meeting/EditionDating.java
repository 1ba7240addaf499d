package org.dialogues.extract.meeting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialogues.extract.ReferenceData;

/**
 * Dates editions of series numbered one a year (the 56th SCM is held in 2024), and reads the
 * year of an undated article from an edition it says is held "this year".
 */
final class EditionDating {

    private static final Pattern THIS_YEAR = Pattern.compile("\\b(?i:this\\s+year)\\b");
    /** A written year in the sentence could be the one "this year" is contrasted with. */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private final Map<String, ReferenceData.AnnualNumbering> annual = new HashMap<>();

    EditionDating(ReferenceData reference) {
        reference.series().stream()
                .filter(series -> series.annual() != null)
                .forEach(series -> annual.put(series.name(), series.annual()));
    }

    /** The year edition {@code edition} of {@code series} is held in, when the series is numbered yearly. */
    Optional<Integer> yearOf(String series, Integer edition) {
        if (series == null || edition == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(annual.get(series)).flatMap(numbering -> numbering.yearOf(edition));
    }

    /**
     * The year an article was written in, when {@code sentence} holds "this year" and names an
     * edition of a yearly series ("plan to hold the 56th SCM later this year"), with no written
     * year beside it.
     */
    Optional<Integer> articleYear(String series, Integer edition, String sentence) {
        if (!THIS_YEAR.matcher(sentence).find() || WRITTEN_YEAR.matcher(sentence).find()) {
            return Optional.empty();
        }
        return yearOf(series, edition);
    }
}
