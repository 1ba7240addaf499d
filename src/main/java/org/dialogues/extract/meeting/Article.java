package org.dialogues.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import org.dialogues.extract.Span;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.time.ReferenceDate;

/** What the meeting steps read of one article: its text, dates, sentences and the parties and people in it. */
record Article(String text, LocalDate published, ReferenceDate reference, List<Sentence> sentences,
        List<PartyMention> parties, List<PersonMention> people) {

    Article inYear(int year, DateFinder dates) {
        return new Article(text, published, dates.referenceOf(text, ReferenceDate.year(year)), sentences, parties,
                people);
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
