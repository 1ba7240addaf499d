package org.dialogues.extract;

import java.util.List;
import java.util.Optional;
import org.dialogues.extract.linguistic.Linguistics;
import org.dialogues.extract.linguistic.StoredAnnotation;
import org.dialogues.extract.meeting.MeetingMention;
import org.dialogues.extract.participant.PersonMention;
import org.dialogues.extract.party.PartyMention;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.topic.MeetingTopics;

/** The layers of the extraction pipeline, in the order the stages add them. */
public final class Layers {

    /** The text as received. */
    public static final Layer<String> RAW_TEXT = Layer.of("raw text", String.class);
    /** Publication date of the article (may be unknown). */
    public static final Layer<Publication> PUBLICATION = Layer.of("publication", Publication.class);
    /** The cleaned text; every span of every later layer points into it. */
    public static final Layer<String> TEXT = Layer.of("text", String.class);
    /** An annotation stored with the article earlier, read back instead of annotating again when still valid. */
    public static final Layer<Optional<StoredAnnotation>> PRIOR_ANNOTATION = Layer.of("prior annotation", Optional.class);
    /** Tokens, lemmas, parts of speech, entities and dependency graphs of the cleaned text. */
    public static final Layer<Linguistics> LINGUISTICS = Layer.of("linguistics", Linguistics.class);
    /** The linguistic layer in the form it is stored in with the article. */
    public static final Layer<StoredAnnotation> ANNOTATION = Layer.of("annotation", StoredAnnotation.class);
    /** The sentences of the linguistic layer, with the same indexes. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);
    public static final Layer<List<PartyMention>> PARTY_MENTIONS = Layer.of("party mentions", List.class);
    public static final Layer<List<PersonMention>> PERSON_MENTIONS = Layer.of("person mentions", List.class);
    public static final Layer<List<MeetingMention>> MEETINGS = Layer.of("meetings", List.class);
    public static final Layer<List<ParticipantFact>> PARTICIPANTS = Layer.of("participants", List.class);
    public static final Layer<List<CommitmentFact>> COMMITMENTS = Layer.of("commitments", List.class);
    public static final Layer<MeetingTopics> TOPICS = Layer.of("topics", MeetingTopics.class);

    private Layers() {
    }
}
