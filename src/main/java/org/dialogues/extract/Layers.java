package org.dialogues.extract;

import java.util.List;
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
