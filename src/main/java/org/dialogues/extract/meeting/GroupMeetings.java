package org.dialogues.extract.meeting;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateMention;

/** Meetings of three or more sides, or of sides named as a group: "A, B and C met", "the leaders of X, Y and Z met". */
final class GroupMeetings {

    private static final Pattern SINCE = Pattern.compile("\\bsince\\b", Pattern.CASE_INSENSITIVE);

    private final SeriesCatalog catalog;

    GroupMeetings(SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    /** "... in the first trilateral meeting. A, B and C met on the sidelines ...": the meeting of the sentence before. */
    private static Optional<Draft> justTold(List<Draft> drafts, Set<String> countries, int sentence) {
        return drafts.stream()
                .filter(d -> d.parties.equals(countries) && d.status == MeetingStatus.HELD)
                .filter(d -> sentence - d.sentences.get(d.sentences.size() - 1) == 1)
                .reduce((x, y) -> y);
    }

    /** "A, B and C met": one meeting of the three sides (the one this sentence names, if any), not three pairs. */
    void multilateral(Article article, Sentence sentence, List<PersonMention> subjects, Set<String> countries,
            int verb, List<Draft> drafts, List<Reference> references) {
        Optional<Draft> named = references.stream().map(Reference::draft)
                .filter(d -> d.parties.containsAll(countries)).findFirst()
                .or(() -> justTold(drafts, countries, sentence.index()));
        Draft draft = named.orElseGet(() -> {
            Draft created = meetingOf(article, sentence, countries);
            drafts.add(created);
            return created;
        });
        subjects.forEach(p -> draft.people.add(p.key()));
        draft.refer(sentence.index());
        references.add(new Reference(draft, verb, null));
    }

    /** "The leaders of South Korea, the United States and Japan met in Lima": parties as the subject of "met". */
    private static final Pattern VERB = Pattern.compile("[\\p{L}-]+(?:\\s+with)?");

    void partiesMet(Article article, Sentence sentence, int verbStart, List<DateMention> found,
            List<Draft> drafts, List<Reference> references) {
        Set<String> parties = Sides.subjectParties(article, sentence.span(), verbStart);
        if (parties.size() >= 2) {
            // "The leaders of A, B and C met NATO leaders": the side met is a party too
            parties.addAll(Sides.objectParties(article, sentence.span(), verbEnd(article.text(), verbStart)));
        }
        if (parties.size() < 2) {
            collectiveMetBefore(article, sentence, verbStart, found, drafts, references);
            return;
        }
        Draft draft = meetingOf(article, sentence, parties);
        draft.refer(sentence.index());
        drafts.add(draft);
        references.add(new Reference(draft, verbStart, null));
    }

    /** The end of the meeting verb at {@code verbStart}, with its "with" ("met with"). */
    private static int verbEnd(String text, int verbStart) {
        Matcher verb = VERB.matcher(text).region(verbStart, text.length());
        return verb.lookingAt() ? verb.end() : verbStart;
    }

    /** An unnamed meeting of several sides, first told in {@code sentence}: "meeting of Korea, U.S., Japan". */
    private Draft meetingOf(Article article, Sentence sentence, Set<String> sides) {
        Draft draft = new Draft();
        List<String> ordered = SeriesCatalog.koreaFirst(sides);
        draft.name = "meeting of " + String.join(", ", ordered.stream().map(catalog::shortName).toList());
        draft.head = "meeting";
        draft.contentWords = List.of("meeting");
        draft.informal = true;
        draft.collective = true;
        draft.parties.addAll(ordered);
        draft.status = StatusCues.status(sentence.span().of(article.text()));
        draft.firstSentence = sentence.index();
        return draft;
    }

    /**
     * "The two leaders last met in Ottawa in September 2022": the sides of the meeting just told met
     * on another, earlier occasion, with its own date.
     */
    private void collectiveMetBefore(Article article, Sentence sentence, int verbStart, List<DateMention> found,
            List<Draft> drafts, List<Reference> references) {
        String subject = article.text().substring(sentence.span().start(), verbStart);
        if (drafts.isEmpty() || !Sides.collective(subject)) {
            return;
        }
        Draft latest = Draft.latest(drafts);
        if (latest.parties.size() < 2) {
            // "they had met on the margins of the G7 summit": the sides are those of the meeting told before,
            // not of the occasion this sentence names
            List<Draft> before = drafts.stream()
                    .filter(d -> d.firstSentence < sentence.index() && d.parties.size() >= 2).toList();
            if (before.isEmpty()) {
                return;
            }
            latest = Draft.latest(before);
        }
        List<DateMention> after = found.stream().filter(d -> d.start() > verbStart).toList();
        DateMention previous = null;
        for (DateMention own : after) {
            // "they had met in X in November and in Y in May": each date joined by "and" is another occasion
            boolean joined = previous == null
                    || article.text().substring(previous.end(), own.start()).contains(" and ");
            String lead = article.text().substring(previous == null ? verbStart : previous.end(), own.start());
            if (!joined || SINCE.matcher(lead).find()) {
                break; // "have met many times since March": a span of time, not an occasion
            }
            boolean earlier = latest.date != null && own.date().isBefore(latest.date.date());
            if (!earlier) {
                return;
            }
            earlierMeeting(sentence, latest, own, previous == null ? verbStart : previous.end(), drafts, references);
            previous = own;
        }
    }

    private void earlierMeeting(Sentence sentence, Draft latest, DateMention own, int anchor, List<Draft> drafts,
            List<Reference> references) {
        Draft draft = new Draft();
        draft.name = "earlier meeting of " + String.join(", ", latest.parties.stream().map(catalog::shortName).toList());
        draft.head = "meeting";
        draft.contentWords = List.of("meeting");
        draft.informal = true;
        draft.parties.addAll(latest.parties);
        draft.people.addAll(latest.people);
        draft.date = own;
        draft.firstSentence = sentence.index();
        draft.refer(sentence.index());
        drafts.add(draft);
        references.add(new Reference(draft, anchor, own));
    }
}
