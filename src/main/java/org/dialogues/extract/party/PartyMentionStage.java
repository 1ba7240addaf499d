package org.dialogues.extract.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dialogues.extract.Layers;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Sentence;

/** Finds every party name form, sentence by sentence, so that no mention spans two sentences. */
public final class PartyMentionStage implements Stage {

    private final AliasMatcher matcher;

    public PartyMentionStage(ReferenceData reference) {
        this.matcher = new AliasMatcher(reference);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        String text = document.get(Layers.TEXT);
        List<PartyMention> mentions = new ArrayList<>();
        for (Sentence sentence : document.get(Layers.SENTENCES)) {
            mentions.addAll(matcher.find(text, sentence.span().start(), sentence.span().end()));
        }
        return document.with(Layers.PARTY_MENTIONS, List.copyOf(mentions));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PARTY_MENTIONS);
    }
}
