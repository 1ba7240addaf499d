package org.dialogues.extract.linguistic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.Layers;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.time.DatePrecision;

/**
 * The linguistic layer: the cleaned text annotated by a {@link LinguisticAnnotator} (tokens,
 * sentences, lemmas, parts of speech, entities with normalized dates, dependency graphs). An
 * annotation stored with the article is read back instead when it was made by the same annotator
 * version for the same text and publication date, so re-extraction runs only the rules.
 */
public final class LinguisticStage implements Stage {

    private final LinguisticAnnotator annotator;

    public LinguisticStage(LinguisticAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        String text = document.get(Layers.TEXT);
        Publication publication = document.get(Layers.PUBLICATION);
        // relative dates resolve against a publication day only; a month or year alone would mislead
        LocalDate date = publication.precision() == DatePrecision.DAY ? publication.date() : null;
        Optional<StoredAnnotation> prior = document.get(Layers.PRIOR_ANNOTATION);
        Optional<Linguistics> reread = prior.flatMap(stored -> annotator.read(stored, text, date));
        LinguisticAnnotator.Annotated annotated = reread.isPresent()
                ? new LinguisticAnnotator.Annotated(reread.get(), prior.get())
                : annotator.annotate(text, date);
        return document.with(Layers.LINGUISTICS, annotated.linguistics())
                .with(Layers.ANNOTATION, annotated.stored())
                .with(Layers.SENTENCES, sentences(annotated.linguistics()));
    }

    private static List<Sentence> sentences(Linguistics linguistics) {
        return linguistics.sentences().stream()
                .map(s -> new Sentence(s.index(), s.span(), s.terminated()))
                .toList();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.PUBLICATION, Layers.PRIOR_ANNOTATION);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.LINGUISTICS, Layers.ANNOTATION, Layers.SENTENCES);
    }

    @Override
    public String name() {
        return "LinguisticStage";
    }
}
