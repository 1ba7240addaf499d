package org.dialogues.extract.linguistic;

import java.util.List;

/**
 * The linguistic layer of an article: its sentences (tokens, lemmas, parts of speech, dependency
 * graphs) and the entity mentions found in it, all with offsets into the cleaned text. Built by
 * {@link LinguisticStage}; no toolkit type appears here.
 */
public record Linguistics(List<ParsedSentence> sentences, List<EntityMention> entities) {

    public Linguistics {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    public List<EntityMention> entitiesIn(int sentence) {
        return entities.stream().filter(e -> e.sentence() == sentence).toList();
    }

    public List<EntityMention> entitiesOfType(String type) {
        return entities.stream().filter(e -> e.is(type)).toList();
    }
}
