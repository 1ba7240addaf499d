package org.dialogues.extract;

import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.linguistic.CoreNlpAnnotator;
import org.dialogues.extract.linguistic.LinguisticStage;
import org.dialogues.extract.participant.PersonStage;
import org.dialogues.extract.party.PartyMentionStage;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Pipeline;
import org.dialogues.extract.text.CleanStage;

/** The first stages of the real pipeline (CoreNLP loaded once per test JVM), for tests of one stage. */
public final class TestPipelines {

    private TestPipelines() {
    }

    /** Clean, linguistic layer, party mentions and people: what the meeting stage reads. */
    public static Pipeline upToPeople(ReferenceData reference) {
        return Pipeline.of(Set.of(Layers.RAW_TEXT, Layers.PUBLICATION, Layers.PRIOR_ANNOTATION), new CleanStage(),
                new LinguisticStage(CoreNlpAnnotator.shared()), new PartyMentionStage(reference),
                new PersonStage(reference));
    }

    /** An input document without a stored annotation; add the raw text and publication. */
    public static AnnotatedDocument input() {
        return AnnotatedDocument.empty().with(Layers.PRIOR_ANNOTATION, Optional.empty());
    }
}
