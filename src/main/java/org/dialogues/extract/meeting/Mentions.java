package org.dialogues.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DatePrecision;

/** Turns the drafts of an article into meeting mentions: merged, filtered, with final status, role and dates. */
final class Mentions {

    private static final int BACKGROUND_DAYS = 45;

    private final SeriesCatalog catalog;
    private final EditionDating editions;
    private final DescriptiveNames names;

    Mentions(SeriesCatalog catalog, EditionDating editions) {
        this.catalog = catalog;
        this.editions = editions;
        this.names = new DescriptiveNames(catalog);
    }

    /** Merges the accounts of one meeting and keeps the meetings with sides, numbered in order. */
    List<MeetingMention> finish(Article article, List<Draft> drafts) {
        List<MeetingMention> meetings = new ArrayList<>();
        List<Draft> merged = SameMeetings.merge(drafts);
        for (Draft draft : merged) {
            // a meeting needs two parties, or one organization meeting as a whole (a NATO summit)
            boolean organization = draft.parties.size() == 1 && catalog.isOrganization(draft.parties.iterator().next());
            if (draft.parties.size() < 2 && !(organization && draft.proper)) {
                continue;
            }
            meetings.add(toMention(article, draft, "m" + (meetings.size() + 1)));
        }
        return List.copyOf(meetings);
    }

    /** Status and evidence role from the date against the publication day; a year from the numbering when undated. */
    private MeetingMention toMention(Article article, Draft draft, String key) {
        LocalDate start = null;
        LocalDate end = null;
        DatePrecision precision = DatePrecision.UNKNOWN;
        if (draft.date != null && draft.date.precision() != DatePrecision.UNKNOWN) {
            start = draft.date.date();
            end = draft.date.endDate();
            precision = draft.date.precision();
        }
        MeetingStatus status = draft.status;
        LocalDate published = article.published();
        if (status == MeetingStatus.HELD && start != null && published != null && start.isAfter(published)) {
            status = MeetingStatus.PLANNED;
        }
        EvidenceRole role = status == MeetingStatus.PLANNED ? EvidenceRole.ANNOUNCEMENT : EvidenceRole.REPORT;
        if (status == MeetingStatus.HELD && start != null && published != null
                && start.plusDays(BACKGROUND_DAYS).isBefore(published)) {
            role = EvidenceRole.BACKGROUND;
        }
        // after status and role: a year known from the numbering alone says nothing about either
        Optional<Integer> editionYear = editions.yearOf(draft.series, draft.edition);
        if (start == null && editionYear.isPresent()) {
            start = LocalDate.of(editionYear.get(), 1, 1); // the text does not date it; the numbering gives its year
            precision = DatePrecision.YEAR;
        }
        // a meeting the text does not name is named by its sides and who met, for the reader of the report
        String name = DescriptiveNames.unnamed(draft) ? names.name(article, draft)
                : DescriptiveNames.generic(draft) ? draft.series : draft.name;
        return new MeetingMention(key, name, draft.series, draft.series == null ? null : draft.edition,
                draft.acronym, start, end, precision, draft.city, draft.country, draft.parties, status,
                draft.level, role, draft.sentences, draft.people);
    }
}
