/**
 * Extraction: an article's text in, meetings, participants and commitments out, each fact
 * pointing at the sentence it was read from.
 *
 * <p>{@link org.dialogues.extract.Extractor} runs a {@link org.dialogues.extract.pipeline.Pipeline}
 * of pure stages over an immutable {@link org.dialogues.extract.pipeline.AnnotatedDocument}; each
 * stage declares the {@link org.dialogues.extract.Layers layers} it requires and provides, and the
 * pipeline checks the chain when it is built:
 * <ol>
 *   <li>{@code text.CleanStage}: line endings and odd spaces; its output is the text every span
 *       points into (and what the store keeps);</li>
 *   <li>{@code linguistic.LinguisticStage}: the linguistic layer from Stanford CoreNLP (tokens,
 *       sentences, lemmas, parts of speech, PERSON / ORGANIZATION / LOCATION entities, SUTime dates,
 *       Universal Dependencies graphs) as the project's own records; a stored annotation of the
 *       same annotator version, text and publication date is read back instead;</li>
 *   <li>{@code party.PartyMentionStage}: name forms of states and organizations from the
 *       reference data (longest match, case rules, demonyms, capitals as metonyms);</li>
 *   <li>{@code participant.PersonStage}: people from the PERSON entities and next to a title of
 *       office, known office holders on the article's date, and their later surnames;</li>
 *   <li>{@code meeting.MeetingStage}: named and described meetings, encounters ("X met Y"),
 *       references back ("the dialogue"), with dates from {@code time.DateFinder}, venues,
 *       status, editions and series; an edition of a series numbered one a year that the text
 *       does not date gets its year, and an undated article holding such an edition "this year"
 *       is read again knowing its year;</li>
 *   <li>{@code participant.ParticipantStage} (who takes part, from the dependency graph:
 *       {@code ParticipantRoles}), {@code commitment.CommitmentStage} (predicates by lemma with their
 *       subject and content clause), {@code topic.TopicStage}.</li>
 * </ol>
 * Reference knowledge ({@link org.dialogues.extract.ReferenceData}) comes from the database
 * (migrations V002, V007-V009, V011, V012 and V021 on) through {@code store.ReferenceDataLoader}; no rule in code names
 * a particular article. {@code evaluation} scores extractions against a gold reading.
 */
package org.dialogues.extract;
