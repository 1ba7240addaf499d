package org.dialogues.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dialogues.extract.commitment.CommitmentStage;
import org.dialogues.extract.meeting.MeetingMention;
import org.dialogues.extract.linguistic.CoreNlpAnnotator;
import org.dialogues.extract.linguistic.LinguisticAnnotator;
import org.dialogues.extract.linguistic.LinguisticStage;
import org.dialogues.extract.meeting.MeetingStage;
import org.dialogues.extract.participant.ParticipantStage;
import org.dialogues.extract.participant.PersonStage;
import org.dialogues.extract.party.PartyMentionStage;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Pipeline;
import org.dialogues.extract.text.CleanStage;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.time.DateFinder;
import org.dialogues.extract.topic.MeetingTopics;
import org.dialogues.extract.topic.TopicStage;

/**
 * Reads an article into meetings, participants and commitments. The work is done by a
 * {@link Pipeline} of pure stages: clean, the linguistic layer (CoreNLP), party mentions, people, meetings (with dates
 * and places), participants, commitments, topics. An extractor is immutable and can be shared.
 */
public final class Extractor {

    private static final double FIRST_MENTION = 0.9;
    private static final double LATER_MENTION = 0.7;
    private static final List<String> LEVELS = List.of("leader", "minister", "vice_minister", "senior_official",
            "working_level", "expert");

    private final Pipeline pipeline;

    /** An extractor on the process's shared CoreNLP pipeline (loaded on first use). */
    public Extractor(ReferenceData reference) {
        this(reference, CoreNlpAnnotator.shared());
    }

    public Extractor(ReferenceData reference, LinguisticAnnotator annotator) {
        this.pipeline = Pipeline.of(Set.of(Layers.RAW_TEXT, Layers.PUBLICATION, Layers.PRIOR_ANNOTATION),
                new CleanStage(),
                new LinguisticStage(annotator),
                new PartyMentionStage(reference),
                new PersonStage(reference),
                new MeetingStage(reference, new DateFinder()),
                new ParticipantStage(),
                new CommitmentStage(),
                new TopicStage(reference));
    }

    public Extraction extract(ArticleInput input) {
        AnnotatedDocument document = pipeline.annotate(AnnotatedDocument.empty()
                .with(Layers.RAW_TEXT, input.text())
                .with(Layers.PUBLICATION, new Publication(input.published(), input.publishedPrecision()))
                .with(Layers.PRIOR_ANNOTATION, Optional.ofNullable(input.annotation())));
        String text = document.get(Layers.TEXT);
        List<ParticipantFact> participants = document.get(Layers.PARTICIPANTS);
        List<MeetingFact> meetings = new ArrayList<>();
        MeetingTopics topics = document.get(Layers.TOPICS);
        var sentences = document.get(Layers.SENTENCES);
        for (MeetingMention meeting : document.get(Layers.MEETINGS)) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < meeting.sentences().size(); i++) {
                evidence.add(new Evidence(sentences.get(meeting.sentences().get(i)).span(),
                        i == 0 ? FIRST_MENTION : LATER_MENTION));
            }
            meetings.add(new MeetingFact(meeting.key(), meeting.name(), meeting.series(), meeting.edition(),
                    meeting.acronym(), meeting.startDate(), meeting.endDate(), meeting.precision(), meeting.city(),
                    meeting.countryCode(), meeting.parties(), meeting.status(),
                    meeting.levelCode() != null ? meeting.levelCode() : highestLevel(meeting.key(), participants),
                    topics.of(meeting.key()), meeting.role(), evidence));
        }
        Map<String, java.time.Duration> times = document.get(Pipeline.STAGE_TIMES).byStage();
        return new Extraction(text, meetings, participants, document.get(Layers.COMMITMENTS), times,
                document.get(Layers.ANNOTATION));
    }

    /** A meeting is at the level of its highest-ranking participant when its name does not say. */
    private static String highestLevel(String meetingKey, List<ParticipantFact> participants) {
        return participants.stream()
                .filter(p -> p.meetingKey().equals(meetingKey))
                .map(ParticipantFact::levelCode)
                .filter(Objects::nonNull)
                .filter(LEVELS::contains)
                .min(Comparator.comparingInt(LEVELS::indexOf))
                .orElse(null);
    }
}
