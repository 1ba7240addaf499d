package org.dialogues.extract.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.text.Sentence;

/** Meetings named by an acronym alone: one defined earlier in the article or of a known series, maybe numbered. */
final class AcronymMentions {

    /** An acronym standing alone as a meeting's name: "the 55th SCM", "The NCG". */
    private static final Pattern ACRONYM_WORD = Pattern.compile("(?<![(\\p{L}\\-])[A-Z][A-Z0-9+]{1,7}(?![)\\p{L}\\-])");

    private final SeriesCatalog catalog;

    AcronymMentions(SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * "the 55th SCM", "The 57th SCM is scheduled ...", "The SCM is ...": an acronym defined earlier in
     * the article (or of a known series) names a meeting of that series; with an ordinal before it,
     * that edition.
     */
    void read(Article article, Sentence sentence, List<Draft> drafts, List<Reference> references) {
        String text = article.text();
        Matcher word = ACRONYM_WORD.matcher(text).region(sentence.span().start(), sentence.span().end());
        while (word.find()) {
            String acronym = word.group();
            if (MeetingHeads.followedByHead(text, word.end(), sentence.span().end())) {
                continue; // "the NCG meeting": read from its head noun
            }
            Optional<Draft> defined = drafts.stream().filter(d -> acronym.equals(d.acronym)).reduce((a, b) -> b);
            Optional<ReferenceData.Series> known = catalog.findByAcronym(acronym);
            if (defined.isEmpty() && known.isEmpty()) {
                continue;
            }
            Integer edition = ordinalBefore(text, sentence.span().start(), word.start());
            Optional<Draft> same = drafts.stream().filter(d -> acronym.equals(d.acronym))
                    .filter(d -> edition == null || d.edition == null || edition.equals(d.edition))
                    .reduce((a, b) -> b);
            if (same.isPresent() && (edition == null || edition.equals(same.get().edition))) {
                same.get().refer(sentence.index());
                references.add(new Reference(same.get(), word.start(), null));
                continue;
            }
            if (edition == null) {
                continue;
            }
            int nameStart = ordinalStart(text, sentence.span().start(), word.start());
            Optional<Draft> described = appositiveTo(text.substring(sentence.span().start(), nameStart), references);
            Draft draft = described.orElseGet(Draft::new);
            asEdition(draft, defined, known, acronym, edition);
            draft.name = text.substring(nameStart, word.end());
            if (described.isEmpty()) {
                draft.status = StatusCues.status(
                        text.substring(word.start(), Math.min(sentence.span().end(), word.end() + 60)));
                draft.firstSentence = sentence.index();
                draft.refer(sentence.index());
                drafts.add(draft);
            }
            references.add(new Reference(draft, word.start(), null));
        }
    }

    /** "The previous meeting, the 29th SCM, ...": the acronym names the meeting just described. */
    private static Optional<Draft> appositiveTo(String before, List<Reference> references) {
        if (references.isEmpty() || !MeetingHeads.appositive(before)) {
            return Optional.empty();
        }
        Draft last = references.get(references.size() - 1).draft();
        return last.proper || last.edition != null ? Optional.empty() : Optional.of(last);
    }

    /** Another edition of a series: the parties and series of the edition already read, else of the known series. */
    private static void asEdition(Draft draft, Optional<Draft> defined, Optional<ReferenceData.Series> known,
            String acronym, int edition) {
        draft.acronym = acronym;
        draft.edition = edition;
        draft.proper = true;
        if (defined.isPresent()) {
            Draft other = defined.get();
            draft.head = other.head;
            draft.contentWords = other.contentWords;
            draft.seriesKey = other.seriesKey;
            draft.series = other.series;
            draft.level = other.level;
            draft.informal = false;
            draft.parties.clear();
            draft.parties.addAll(other.parties);
        } else {
            ReferenceData.Series series = known.orElseThrow();
            draft.head = "meeting";
            draft.contentWords = List.of(series.name().toLowerCase(Locale.ROOT).split("[\\s\\-]+"));
            draft.series = series.name();
            draft.level = series.kind().equals("ministerial") ? "minister" : null;
            draft.parties.clear();
            draft.parties.addAll(series.parties());
        }
    }

    private static Integer ordinalBefore(String text, int sentenceStart, int at) {
        Matcher last = Pattern.compile("(\\S+)\\s+$").matcher(text.substring(sentenceStart, at));
        return last.find() ? Ordinals.parse(last.group(1).toLowerCase(Locale.ROOT)).orElse(null) : null;
    }

    private static int ordinalStart(String text, int sentenceStart, int at) {
        Matcher last = Pattern.compile("(\\S+)\\s+$").matcher(text.substring(sentenceStart, at));
        return last.find() ? sentenceStart + last.start(1) : at;
    }
}
