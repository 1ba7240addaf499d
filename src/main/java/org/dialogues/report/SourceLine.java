package org.dialogues.report;

import java.time.LocalDate;

/** An article cited by a report, with the label ([S1]) that meetings and commitments point to. */
public record SourceLine(long articleId, String label, String outlet, LocalDate published, String title, String url) {

    SourceLine labelled(String newLabel) {
        return new SourceLine(articleId, newLabel, outlet, published, title, url);
    }
}
