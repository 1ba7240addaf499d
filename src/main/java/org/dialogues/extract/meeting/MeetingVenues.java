package org.dialogues.extract.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.Span;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.time.DatePrecision;

/** Venues of meetings: the place named in their sentence, the occasion they were held at, the country visited, the dateline. */
final class MeetingVenues {

    private static final Pattern VISIT = Pattern.compile(
            "\\b(?:visit(?:ed|ing|s)?(?:\\s+to)?|travel(?:ed|led|ing|ling|s)?\\s+to|trip\\s+to|tour\\s+of|arrived\\s+in)\\s+");
    private static final int DATELINE_DAYS = 3;

    private final Places places;

    MeetingVenues(Places places) {
        this.places = places;
    }

    /** The venue of the sentence goes to the nearest meeting reference (and to the informal ones told with it). */
    void attach(Article article, Span span, List<Reference> references) {
        if (references.isEmpty()) {
            return;
        }
        Optional<Places.Place> place = places.find(article.text(), span.start(), span.end());
        if (place.isPresent()) {
            Reference owner = Reference.closest(references, place.get().start(), place.get().start());
            int nextVenue = places.find(article.text(), place.get().start() + place.get().city().length(), span.end())
                    .map(Places.Place::start).orElse(span.end());
            for (Reference reference : references) {
                boolean sameGroup = reference == owner
                        || reference.draft().informal && owner.draft().informal
                        && (reference.anchor() < place.get().start() || nextVenue == span.end());
                if (sameGroup && reference.draft().city == null) {
                    reference.draft().city = place.get().city();
                    reference.draft().country = place.get().countryCode();
                }
            }
            shareOccasionVenue(references);
            laterVenues(article.text(), span, place.get(), references);
        }
    }

    /** "met B on the sidelines of the X Dialogue in Singapore": the forum's venue is the venue of those met there. */
    private static void shareOccasionVenue(List<Reference> references) {
        references.stream().map(Reference::draft).filter(d -> d.occasion && d.city != null).findFirst()
                .ifPresent(forum -> references.stream().map(Reference::draft)
                        .filter(d -> !d.occasion && d.city == null)
                        .forEach(d -> {
                            d.city = forum.city;
                            d.country = forum.country;
                        }));
    }

    /**
     * "launched at a meeting in Seoul in July, and its second meeting took place in Washington": a
     * later venue belongs to a meeting named after the venue before it, not to the first one.
     */
    private void laterVenues(String text, Span span, Places.Place first, List<Reference> references) {
        Places.Place previous = first;
        Optional<Places.Place> next;
        while ((next = places.find(text, previous.start() + previous.city().length(), span.end())).isPresent()) {
            Places.Place venue = next.get();
            int from = previous.start();
            references.stream()
                    .filter(r -> r.anchor() > from && r.anchor() < venue.start() && r.draft().city == null)
                    .reduce((a, b) -> b)
                    .ifPresent(r -> {
                        r.draft().city = venue.city();
                        r.draft().country = venue.countryCode();
                    });
            previous = venue;
        }
    }

    /** An encounter without a venue took place in the country the article says was visited, if it is a party to it. */
    static void inCountryVisited(Article article, List<Draft> drafts) {
        Set<String> visited = new LinkedHashSet<>();
        Matcher visit = VISIT.matcher(article.text());
        while (visit.find()) {
            int end = visit.end();
            for (PartyMention party : article.parties()) {
                boolean listed = party.span().start() >= end && party.span().start() < end + 40
                        && !party.isDemonym() && !party.isMetonym();
                if (listed) {
                    visited.add(party.partyCode());
                }
            }
        }
        for (Draft draft : drafts) {
            if (draft.informal && draft.country == null) {
                draft.parties.stream().filter(visited::contains).findFirst().ifPresent(c -> draft.country = c);
            }
        }
    }

    /** A meeting reported as just held, with no venue of its own, took place where the story was filed. */
    void atDateline(Article article, List<Draft> drafts) {
        if (article.published() == null) {
            return;
        }
        Optional<Places.Place> dateline = places.dateline(article.text());
        if (dateline.isEmpty()) {
            return;
        }
        for (Draft draft : drafts) {
            boolean recent = draft.date != null && draft.date.precision() == DatePrecision.DAY
                    && !draft.date.date().isAfter(article.published())
                    && !draft.date.date().plusDays(DATELINE_DAYS).isBefore(article.published());
            boolean sameCountry = draft.country == null || draft.country.equals(dateline.get().countryCode());
            if (recent && draft.city == null && sameCountry && draft.status == MeetingStatus.HELD) {
                draft.city = dateline.get().city();
                draft.country = dateline.get().countryCode();
            }
        }
    }
}
