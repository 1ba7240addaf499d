package org.dialogues.extract.meeting;

import org.dialogues.extract.text.ClauseText;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.Span;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.time.DateMention;
import org.dialogues.extract.time.DatePrecision;
import org.dialogues.extract.time.OrderCue;
import org.dialogues.extract.time.Tense;

/** Dates of meetings: from the dates of their sentences, the lead, a neighbouring meeting in time, or an encounter before. */
final class MeetingDates {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");
    private static final Pattern RELATIVE_OTHER = Pattern.compile(",\\s*(?:which|who)\\b");
    private static final Pattern SINCE_CLAUSE = Pattern.compile("\\bsince\\b" + ClauseText.IN_CLAUSE + "*$");
    private static final int DATE_REACH = 160;
    /** How far after "immediately after" the meeting it names may begin. */
    private static final int ORDER_REACH = 80;
    /** How many sentences after the lead a meeting may first be told and still be the one the lead reports. */
    private static final int LEAD_REACH = 2;
    /** Fewer characters than this is a headline, not a lead. */
    private static final int LEAD_LENGTH = 100;

    private final DateFinder dates;

    MeetingDates(DateFinder dates) {
        this.dates = dates;
    }

    /** Each date of the sentence goes to the nearest meeting reference before it (else after it). */
    void attach(Article article, Span span, List<DateMention> found, List<Reference> references) {
        if (references.isEmpty()) {
            return;
        }
        for (Reference reference : references) {
            if (reference.ownDate() != null && reference.draft().date == null) {
                reference.draft().date = reference.ownDate();
            }
        }
        for (DateMention date : found) {
            if (inSinceClause(article.text(), span, date, found)) {
                continue; // "the first talks since the two countries upgraded ties in 2021": another event's date
            }
            Reference owner = dateOwner(article.text(), references, date);
            boolean near = Math.abs(date.start() - owner.anchor()) <= DATE_REACH;
            DateMention current = owner.draft().date;
            boolean finer = current != null && current.precision() != DatePrecision.DAY
                    && date.precision() == DatePrecision.DAY
                    && !aboutSomethingElse(article.text(), current, date);
            if (near && (current == null || finer) && owner.ownDate() == null) {
                owner.draft().date = date; // a day named later beats "this year" named first
            }
        }
    }

    /** "X and Y agreed on Monday to ... . The agreement came at the Z meeting": the lead's date is the meeting's. */
    void fromLead(Article article, Sentence sentence, List<Draft> drafts, List<Reference> references) {
        if (sentence.index() == 0 || references.isEmpty()) {
            return;
        }
        Draft draft = references.get(0).draft();
        boolean leadHasMeeting = drafts.stream().anyMatch(d -> d.sentences.contains(sentence.index() - 1));
        if (draft.date != null || !draft.datedByLead || draft.firstSentence != sentence.index() || leadHasMeeting
                || draft.status != MeetingStatus.HELD) {
            return;
        }
        Span lead = article.previousSentence(sentence);
        dates.findAgainst(article.text(), lead.start(), lead.end(), article.reference(), Tense.PAST).stream()
                .filter(d -> d.precision() == DatePrecision.DAY).findFirst().ifPresent(d -> draft.date = d);
    }

    /**
     * A news story's lead (its first sentence told as a clause) dates what it reports: a meeting held
     * and mentioned near the top that no sentence of its own dates took place on the lead's day
     * ("X met the leaders of A and B on Sunday ..." then "they held a trilateral summit").
     */
    void fromStoryLead(Article article, List<Draft> drafts) {
        Optional<Sentence> lead = article.sentences().stream().filter(s -> isClause(article, s)).findFirst();
        if (lead.isEmpty()) {
            return;
        }
        Span span = lead.get().span();
        Optional<DateMention> day = dates.findAgainst(article.text(), span.start(), span.end(), article.reference(),
                        Tense.PAST).stream()
                .filter(d -> d.precision() == DatePrecision.DAY)
                .filter(d -> article.published() == null || !d.date().isAfter(article.published()))
                .findFirst();
        if (day.isEmpty()) {
            return;
        }
        for (Draft draft : drafts) {
            boolean nearTop = draft.firstSentence <= lead.get().index() + LEAD_REACH;
            if (draft.date == null && draft.status == MeetingStatus.HELD && nearTop && !draft.namesAnotherOccasion()
                    && !besideTheLeadsMeeting(draft, drafts, day.get())) {
                draft.date = day.get();
            }
        }
    }

    /**
     * "X held talks with Y on Sunday, on his way home from the Z summit": where a meeting of the same
     * sentence already took the lead's day, the other meeting told there is the setting, not the event.
     */
    private static boolean besideTheLeadsMeeting(Draft draft, List<Draft> drafts, DateMention day) {
        // another account of the same sides is the same meeting told twice, not its setting
        return drafts.stream().anyMatch(other -> other != draft && other.date != null
                && other.parties.size() >= 2 && !other.parties.equals(draft.parties)
                && other.date.date().equals(day.date()) && other.sentences.contains(draft.firstSentence));
    }

    /** A long sentence with a verb and its subject: prose, not a headline, a byline or a date line. */
    private static boolean isClause(Article article, Sentence sentence) {
        Clauses clauses = article.clauses(sentence);
        return clauses.hasVerbWithSubject() && sentence.span().length() >= LEAD_LENGTH;
    }

    /** "X took place immediately after Y": X is the meeting referred to last before the cue, Y the first after it. */
    static void linkByOrder(Article article, Span span, List<Reference> references) {
        for (OrderCue cue : OrderCue.find(article.text(), span.start(), span.end())) {
            Optional<Reference> subject = references.stream().filter(r -> r.anchor() < cue.start())
                    .max(Comparator.comparingInt(Reference::anchor));
            Optional<Reference> object = references.stream().filter(r -> r.anchor() >= cue.end())
                    .filter(r -> r.anchor() - cue.end() <= ORDER_REACH)
                    .min(Comparator.comparingInt(Reference::anchor));
            if (subject.isPresent() && object.isPresent() && subject.get().draft() != object.get().draft()) {
                subject.get().draft().orderedAgainst = object.get().draft();
                subject.get().draft().orderCue = cue;
            }
        }
    }

    /** A meeting placed right next to a dated one in time takes its month (or, "the day after", its neighbouring day). */
    static void byOrder(List<Draft> drafts) {
        for (Draft subject : drafts) {
            Draft object = subject.orderedAgainst;
            if (object == null) {
                continue;
            }
            if (object.date == null && subject.date != null) {
                object.date = subject.orderCue.objectDate(subject.date).orElse(null);
            } else if (subject.date == null && object.date != null) {
                subject.date = subject.orderCue.subjectDate(object.date).orElse(null);
            }
        }
    }

    /** An encounter told without a date ("followed by a courtesy visit", "on the same day") took place with the one before it. */
    static void fromEncounterBefore(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (draft.date != null || !draft.informal || draft.status != MeetingStatus.HELD) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Draft earlier = drafts.get(j);
                boolean near = draft.firstSentence - earlier.sentences.get(earlier.sentences.size() - 1) <= 1;
                boolean shared = earlier.people.stream().anyMatch(draft.people::contains);
                if (near && shared && earlier.date != null) {
                    draft.date = earlier.date;
                    break;
                }
            }
        }
    }

    /**
     * "since the two countries upgraded ties in 2021": a date inside a since-clause is another event's.
     * In "since 2018 in Seoul on Tuesday" the clause ended with its own date, so Tuesday is the meeting's.
     */
    private static boolean inSinceClause(String text, Span sentence, DateMention date, List<DateMention> found) {
        int from = Math.max(sentence.start(), date.start() - 160);
        Matcher since = SINCE_CLAUSE.matcher(text.substring(from, date.start()));
        if (!since.find()) {
            return false;
        }
        int clauseStart = from + since.start();
        return found.stream().noneMatch(d -> d.start() > clauseStart && d.end() <= date.start());
    }

    /**
     * The meeting a date belongs to: the nearest one, except that "a meeting in Seoul in July, and its
     * second meeting" gives July to the meeting of its own clause, not to the one after the break.
     */
    private static Reference dateOwner(String text, List<Reference> references, DateMention date) {
        Reference nearest = Reference.closest(references, date.start(), date.end());
        boolean afterABreak = nearest.anchor() > date.end()
                && CLAUSE_BREAK.matcher(text.substring(date.end(), nearest.anchor())).find();
        if (!afterABreak) {
            return nearest;
        }
        return references.stream().filter(r -> r.anchor() < date.start()).reduce((a, b) -> b)
                .filter(r -> date.start() - r.anchor() <= DATE_REACH)
                .filter(r -> !CLAUSE_BREAK.matcher(text.substring(r.anchor(), date.start())).find())
                .orElse(nearest);
    }

    /** "in July, when X led a delegation to the Y Assembly, which ran from July 13 to 21": the later days are Y's. */
    private static boolean aboutSomethingElse(String text, DateMention current, DateMention later) {
        return current.end() <= later.start()
                && RELATIVE_OTHER.matcher(text.substring(current.end(), later.start())).find();
    }
}
