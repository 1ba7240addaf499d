package org.dialogues.review;

import org.dialogues.extract.party.AliasMatcher;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.Tense;
import org.dialogues.store.ReferenceDataLoader;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The party and date mentions of an article's text, found again for display with the extractor's
 * own matchers (a party alias trie and the date rules: milliseconds per article, no linguistic
 * layer), so the archivist sees which words the facts were built from. Reference data is read once,
 * when the workbench starts.
 */
final class Mentions {

    private final AliasMatcher parties;
    private final DateFinder dates = new DateFinder();

    Mentions(DSLContext dsl) {
        this.parties = new AliasMatcher(ReferenceDataLoader.load(dsl));
    }

    /** Mentions as spans of kind {@code party} or {@code date}, numbered in order of appearance. */
    List<Evidence> in(String text, long articleId, LocalDate published) {
        List<Evidence> mentions = new ArrayList<>();
        for (PartyMention party : parties.find(text, 0, text.length())) {
            mentions.add(new Evidence("party", mentions.size(), articleId, party.span().start(), party.span().end(), 1f));
        }
        for (DateMention date : dates.find(text, 0, text.length(), published, Tense.PAST)) {
            mentions.add(new Evidence("date", mentions.size(), articleId, date.start(), date.end(), 1f));
        }
        return mentions;
    }
}
