package org.dialogues.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import org.dialogues.extract.Span;
import org.dialogues.extract.linguistic.Linguistics;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.time.ReferenceDate;

/** What the meeting steps read of one article: its text, dates, sentences, their parses and the parties and people in it. */
record Article(String text, LocalDate published, ReferenceDate reference, List<Sentence> sentences,
        List<PartyMention> parties, List<PersonMention> people, Linguistics linguistics) {

    Article inYear(int year, DateFinder dates) {
        return new Article(text, published, dates.referenceOf(text, ReferenceDate.year(year)), sentences, parties,
                people, linguistics);
    }

    /** The parsed form of a sentence (same index as {@link #sentences()}). */
    Clauses clauses(Sentence sentence) {
        return new Clauses(text, linguistics.sentences().get(sentence.index()),
                linguistics.entitiesIn(sentence.index()));
    }

    List<PartyMention> partiesIn(Span span) {
        return parties.stream().filter(p -> span.contains(p.span())).toList();
    }

    List<PersonMention> peopleIn(Span span) {
        return people.stream().filter(p -> span.contains(p.span())).toList();
    }

    Span previousSentence(Sentence sentence) {
        return sentences.get(sentence.index() - 1).span();
    }

    String text(int from, int to) {
        return text.substring(from, to);
    }
}
