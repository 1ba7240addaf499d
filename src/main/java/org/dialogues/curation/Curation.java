package org.dialogues.curation;

import org.jooq.DSLContext;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What archivists do to the knowledge base. Each action is one transaction: it locks the rows it
 * changes, refuses them if they changed since the archivist opened them ({@link StaleFactException}),
 * checks every field ({@link CurationException}), records a {@code curation_event} and raises the
 * rows' versions. Re-extraction respects the outcome: reviewed and added facts stay with their
 * sources, corrected fields keep their values, rejected facts and merged-away meetings do not come back.
 */
public final class Curation {

    private final DSLContext dsl;

    public Curation(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Marks a meeting, participation or commitment as checked by a person. */
    public void confirm(Curator who, FactRef fact) {
        run(tx -> new Reviews(tx, who).confirm(fact));
    }

    public void correctMeeting(Curator who, FactRef meeting, MeetingFields fields) {
        run(tx -> new MeetingActions(tx, who).correct(meeting, fields));
    }

    public void correctParticipation(Curator who, FactRef participation, ParticipationFields fields) {
        run(tx -> new ParticipationActions(tx, who).correct(participation, fields));
    }

    public void correctCommitment(Curator who, FactRef commitment, CommitmentFields fields) {
        run(tx -> new CommitmentActions(tx, who).correct(commitment, fields));
    }

    public void correctPerson(Curator who, FactRef person, String name, String countryCode) {
        run(tx -> new ParticipationActions(tx, who).correctPerson(person, name, countryCode));
    }

    /** A meeting no extractor found, shown by the given sentence; returns its id. */
    public long addMeeting(Curator who, SentenceRef where, MeetingFields fields) {
        return call(tx -> new MeetingActions(tx, who).add(where, fields));
    }

    /** A participant no extractor found; returns the participation's id. */
    public long addParticipant(Curator who, long meetingId, SentenceRef where, String personName, ParticipationFields fields) {
        return call(tx -> new ParticipationActions(tx, who).add(meetingId, where, personName, fields));
    }

    /** A commitment no extractor found; returns its id. */
    public long addCommitment(Curator who, long meetingId, SentenceRef where, CommitmentFields fields) {
        return call(tx -> new CommitmentActions(tx, who).add(meetingId, where, fields));
    }

    /** Removes an extracted meeting, participation or commitment for good: extraction will not bring it back. */
    public void reject(Curator who, FactRef fact) {
        run(tx -> new Reviews(tx, who).reject(fact));
    }

    /** Two rows that are one meeting: {@code mergedAway}'s sources, parties, participants and commitments join {@code keep}. */
    public void mergeMeetings(Curator who, FactRef keep, FactRef mergedAway) {
        run(tx -> new MeetingMerge(tx, who).merge(keep, mergedAway));
    }

    /** Two rows that are one person: spellings, participations and offices join {@code keep}. */
    public void mergePersons(Curator who, FactRef keep, FactRef mergedAway) {
        run(tx -> new ParticipationActions(tx, who).mergePersons(keep, mergedAway));
    }

    /** One row that is two meetings: the given participations, commitments and sentences go to a new meeting; returns its id. */
    public long splitMeeting(Curator who, FactRef meeting, Set<Long> participationIds, Set<Long> commitmentIds,
                             List<SentenceRef> evidence, String newName) {
        return call(tx -> new MeetingActions(tx, who).split(meeting, participationIds, commitmentIds, evidence, newName));
    }

    public void moveParticipation(Curator who, FactRef participation, long toMeetingId) {
        run(tx -> new ParticipationActions(tx, who).move(participation, toMeetingId));
    }

    public void moveCommitment(Curator who, FactRef commitment, long toMeetingId) {
        run(tx -> new CommitmentActions(tx, who).move(commitment, toMeetingId));
    }

    /** The article was looked at: the flag its import set (no date, nothing found) is cleared. */
    public void markArticleReviewed(Curator who, FactRef article) {
        run(tx -> new ArticleActions(tx, who).markReviewed(article));
    }

    /** The article's publication date, or none; re-extraction then reads its relative dates against it. */
    public void correctArticlePublished(Curator who, FactRef article, java.time.LocalDate published,
                                        org.dialogues.extract.time.DatePrecision precision) {
        run(tx -> new ArticleActions(tx, who).correctPublished(article, published, precision));
    }

    private void run(java.util.function.Consumer<DSLContext> action) {
        dsl.transaction(configuration -> action.accept(configuration.dsl()));
    }

    private <T> T call(Function<DSLContext, T> action) {
        return dsl.transactionResult(configuration -> action.apply(configuration.dsl()));
    }
}
