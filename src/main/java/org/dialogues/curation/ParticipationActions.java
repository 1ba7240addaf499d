package org.dialogues.curation;

import org.dialogues.store.FactKeys;
import org.dialogues.store.NameKeys;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.dialogues.database.schema.Tables.CURATED_KEY;
import static org.dialogues.database.schema.Tables.OFFICE;
import static org.dialogues.database.schema.Tables.ORGANIZATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;
import static org.dialogues.database.schema.Tables.PERSON;
import static org.dialogues.database.schema.Tables.PERSON_ALIAS;

/** Correcting, adding and moving participations; correcting and merging people. */
final class ParticipationActions {

    private final DSLContext tx;
    private final Curator who;
    private final FactRows rows;
    private final Checks checks;

    ParticipationActions(DSLContext tx, Curator who) {
        this.tx = tx;
        this.who = who;
        this.rows = new FactRows(tx);
        this.checks = new Checks(tx);
    }

    void correct(FactRef participation, ParticipationFields fields) {
        require(participation, FactKind.PARTICIPATION);
        rows.lock(participation);
        String title = Checks.optional("title", fields.title(), Checks.SHORT_LIMIT);
        String organization = Checks.optional("organization", fields.organization(), Checks.SHORT_LIMIT);
        String country = checks.party("country", fields.countryCode());
        String level = checks.level("level", fields.levelCode());
        var stored = tx.selectFrom(PARTICIPATION).where(PARTICIPATION.ID.eq(participation.id())).fetchOne();
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "title", stored.getTitle(), title);
        addIfChanged(changed, "organization", stored.getOrganizationName(), organization);
        addIfChanged(changed, "country_code", stored.getCountryCode(), country);
        addIfChanged(changed, "level_code", stored.getLevelCode(), level);
        if (changed.isEmpty()) {
            new Reviews(tx, who).confirm(participation);
            return;
        }
        JSONB before = rows.snapshot(FactKind.PARTICIPATION, participation.id());
        tx.update(PARTICIPATION)
                .set(PARTICIPATION.TITLE, title)
                .set(PARTICIPATION.ORGANIZATION_NAME, organization)
                .set(PARTICIPATION.ORGANIZATION_ID, organizationId(organization, country))
                .set(PARTICIPATION.COUNTRY_CODE, country)
                .set(PARTICIPATION.LEVEL_CODE, level)
                .set(PARTICIPATION.CORRECTED_FIELDS, Corrections.with(PARTICIPATION.CORRECTED_FIELDS, changed))
                .set(PARTICIPATION.REVIEW_STATE, "corrected")
                .where(PARTICIPATION.ID.eq(participation.id())).execute();
        rows.bumpVersion(FactKind.PARTICIPATION, participation.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("correct", FactKind.PARTICIPATION, participation.id(), null, null, before,
                rows.snapshot(FactKind.PARTICIPATION, participation.id())));
    }

    long add(long meetingId, SentenceRef where, String personName, ParticipationFields fields) {
        rows.requireExists(FactKind.MEETING, meetingId);
        SentenceRef sentence = checks.sentence(where);
        String name = Checks.required("person", personName, Checks.SHORT_LIMIT);
        String title = Checks.optional("title", fields.title(), Checks.SHORT_LIMIT);
        String organization = Checks.optional("organization", fields.organization(), Checks.SHORT_LIMIT);
        String country = checks.party("country", fields.countryCode());
        String level = checks.level("level", fields.levelCode());
        long personId = personFor(name, country);
        if (tx.fetchExists(PARTICIPATION, PARTICIPATION.MEETING_ID.eq(meetingId).and(PARTICIPATION.PERSON_ID.eq(personId)))) {
            throw new CurationException("person", name + " already takes part in meeting " + meetingId);
        }
        long id = tx.insertInto(PARTICIPATION)
                .set(PARTICIPATION.MEETING_ID, meetingId)
                .set(PARTICIPATION.PERSON_ID, personId)
                .set(PARTICIPATION.TITLE, title)
                .set(PARTICIPATION.ORGANIZATION_NAME, organization)
                .set(PARTICIPATION.ORGANIZATION_ID, organizationId(organization, country))
                .set(PARTICIPATION.COUNTRY_CODE, country)
                .set(PARTICIPATION.LEVEL_CODE, level)
                .set(PARTICIPATION.ORIGIN, "manual")
                .set(PARTICIPATION.REVIEW_STATE, "confirmed")
                .returning(PARTICIPATION.ID).fetchOne(PARTICIPATION.ID);
        tx.insertInto(PARTICIPATION_EVIDENCE)
                .set(PARTICIPATION_EVIDENCE.PARTICIPATION_ID, id)
                .set(PARTICIPATION_EVIDENCE.ARTICLE_ID, sentence.articleId())
                .set(PARTICIPATION_EVIDENCE.SENTENCE_START, sentence.start())
                .set(PARTICIPATION_EVIDENCE.SENTENCE_END, sentence.end())
                .set(PARTICIPATION_EVIDENCE.CONFIDENCE, 1.0f)
                .execute();
        AuditTrail.record(tx, who, new AuditTrail.Entry("add", FactKind.PARTICIPATION, id, meetingId, sentence.articleId(), null,
                rows.snapshot(FactKind.PARTICIPATION, id)));
        return id;
    }

    void move(FactRef participation, long toMeetingId) {
        require(participation, FactKind.PARTICIPATION);
        rows.requireExists(FactKind.MEETING, toMeetingId);
        rows.lock(participation);
        long event = AuditTrail.record(tx, who, new AuditTrail.Entry("move", FactKind.PARTICIPATION, participation.id(), toMeetingId, null,
                rows.snapshot(FactKind.PARTICIPATION, participation.id()), null));
        relocate(participation.id(), toMeetingId, event);
        AuditTrail.complete(tx, event, rows.snapshot(FactKind.PARTICIPATION, participation.id()));
    }

    /**
     * Moves the participation, with its sources, to another meeting. Extraction will find it again
     * under its old meeting: its key there now leads here.
     */
    void relocate(long participationId, long toMeetingId, long event) {
        Record2<Long, Long> stored = tx.select(PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID).from(PARTICIPATION)
                .where(PARTICIPATION.ID.eq(participationId)).fetchOne();
        if (stored.value1() == toMeetingId) {
            throw new CurationException("meeting", "the participation is already in meeting " + toMeetingId);
        }
        if (tx.fetchExists(PARTICIPATION, PARTICIPATION.MEETING_ID.eq(toMeetingId).and(PARTICIPATION.PERSON_ID.eq(stored.value2())))) {
            throw new CurationException("meeting", "this person already takes part in meeting " + toMeetingId + "; reject this participation instead");
        }
        tx.update(PARTICIPATION)
                .set(PARTICIPATION.MEETING_ID, toMeetingId)
                .set(PARTICIPATION.CORRECTED_FIELDS, Corrections.with(PARTICIPATION.CORRECTED_FIELDS, List.of("meeting")))
                .set(PARTICIPATION.REVIEW_STATE, "corrected")
                .where(PARTICIPATION.ID.eq(participationId)).execute();
        rows.bumpVersion(FactKind.PARTICIPATION, participationId);
        tx.insertInto(CURATED_KEY)
                .set(CURATED_KEY.FACT_KIND, "participation")
                .set(CURATED_KEY.FACT_KEY, FactKeys.participation(stored.value1(), stored.value2()))
                .set(CURATED_KEY.OUTCOME, "moved").set(CURATED_KEY.FACT_ID, participationId).set(CURATED_KEY.EVENT_ID, event)
                .onConflict(CURATED_KEY.FACT_KIND, CURATED_KEY.FACT_KEY).doUpdate()
                .set(CURATED_KEY.OUTCOME, "moved").set(CURATED_KEY.FACT_ID, participationId).set(CURATED_KEY.EVENT_ID, event)
                .execute();
    }

    void correctPerson(FactRef person, String name, String countryCode) {
        require(person, FactKind.PERSON);
        rows.lock(person);
        String checkedName = Checks.required("name", name, Checks.SHORT_LIMIT);
        String country = checks.party("country", countryCode);
        String key = NameKeys.person(checkedName);
        Long holder = tx.select(PERSON_ALIAS.PERSON_ID).from(PERSON_ALIAS).where(PERSON_ALIAS.ALIAS_KEY.eq(key)).fetchOne(PERSON_ALIAS.PERSON_ID);
        if (holder != null && holder != person.id()) {
            throw new CurationException("name", checkedName + " is another person (" + holder + "): merge the two instead");
        }
        JSONB before = rows.snapshot(FactKind.PERSON, person.id());
        tx.update(PERSON).set(PERSON.NAME, checkedName).set(PERSON.COUNTRY_CODE, country).where(PERSON.ID.eq(person.id())).execute();
        // the new spelling leads to the person from now on, like the old ones
        tx.insertInto(PERSON_ALIAS).set(PERSON_ALIAS.ALIAS_KEY, key).set(PERSON_ALIAS.PERSON_ID, person.id()).set(PERSON_ALIAS.ALIAS, checkedName)
                .onConflictDoNothing().execute();
        rows.bumpVersion(FactKind.PERSON, person.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("correct", FactKind.PERSON, person.id(), null, null, before,
                rows.snapshot(FactKind.PERSON, person.id())));
    }

    /** Two rows that are one person: spellings, participations and offices join the kept row. */
    void mergePersons(FactRef keep, FactRef gone) {
        require(keep, FactKind.PERSON);
        require(gone, FactKind.PERSON);
        if (keep.id() == gone.id()) {
            throw new CurationException(null, "a person cannot be merged with themself");
        }
        rows.lock(keep.id() < gone.id() ? keep : gone);
        rows.lock(keep.id() < gone.id() ? gone : keep);
        JSONB before = JSONB.valueOf("{\"kept\": " + rows.snapshot(FactKind.PERSON, keep.id()).data()
                + ", \"merged\": " + rows.snapshot(FactKind.PERSON, gone.id()).data() + "}");
        tx.update(PERSON_ALIAS).set(PERSON_ALIAS.PERSON_ID, keep.id()).where(PERSON_ALIAS.PERSON_ID.eq(gone.id())).execute();
        tx.update(OFFICE).set(OFFICE.PERSON_ID, keep.id()).where(OFFICE.PERSON_ID.eq(gone.id())).execute();
        for (Record2<Long, Long> participation : tx.select(PARTICIPATION.ID, PARTICIPATION.MEETING_ID).from(PARTICIPATION)
                .where(PARTICIPATION.PERSON_ID.eq(gone.id())).fetch()) {
            Long twin = tx.select(PARTICIPATION.ID).from(PARTICIPATION)
                    .where(PARTICIPATION.MEETING_ID.eq(participation.value2())).and(PARTICIPATION.PERSON_ID.eq(keep.id()))
                    .fetchOne(PARTICIPATION.ID);
            if (twin == null) {
                tx.update(PARTICIPATION).set(PARTICIPATION.PERSON_ID, keep.id()).where(PARTICIPATION.ID.eq(participation.value1())).execute();
            } else {
                joinInto(tx, twin, participation.value1());
            }
        }
        CuratedKeyRewrite.suffix(tx, FactKeys.personScope(gone.id()), FactKeys.personScope(keep.id()));
        tx.update(PERSON).set(PERSON.COUNTRY_CODE, DSL.coalesce(PERSON.COUNTRY_CODE,
                        DSL.field(DSL.select(PERSON.as("g").COUNTRY_CODE).from(PERSON.as("g")).where(PERSON.as("g").ID.eq(gone.id())))))
                .where(PERSON.ID.eq(keep.id())).execute();
        tx.deleteFrom(PERSON).where(PERSON.ID.eq(gone.id())).execute();
        rows.bumpVersion(FactKind.PERSON, keep.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("merge", FactKind.PERSON, keep.id(), gone.id(), null, before,
                rows.snapshot(FactKind.PERSON, keep.id())));
    }

    /** One participation absorbs another (same person, same meeting): its sources and missing fields. */
    static void joinInto(DSLContext tx, long keepId, long goneId) {
        tx.insertInto(PARTICIPATION_EVIDENCE, PARTICIPATION_EVIDENCE.PARTICIPATION_ID, PARTICIPATION_EVIDENCE.ARTICLE_ID,
                        PARTICIPATION_EVIDENCE.SENTENCE_START, PARTICIPATION_EVIDENCE.SENTENCE_END, PARTICIPATION_EVIDENCE.CONFIDENCE)
                .select(DSL.select(DSL.val(keepId), PARTICIPATION_EVIDENCE.ARTICLE_ID, PARTICIPATION_EVIDENCE.SENTENCE_START,
                                PARTICIPATION_EVIDENCE.SENTENCE_END, PARTICIPATION_EVIDENCE.CONFIDENCE)
                        .from(PARTICIPATION_EVIDENCE).where(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(goneId)))
                .onConflictDoNothing().execute();
        var gone = PARTICIPATION.as("gone");
        tx.update(PARTICIPATION)
                .set(PARTICIPATION.TITLE, DSL.coalesce(PARTICIPATION.TITLE, gone.TITLE))
                .set(PARTICIPATION.ORGANIZATION_NAME, DSL.coalesce(PARTICIPATION.ORGANIZATION_NAME, gone.ORGANIZATION_NAME))
                .set(PARTICIPATION.COUNTRY_CODE, DSL.coalesce(PARTICIPATION.COUNTRY_CODE, gone.COUNTRY_CODE))
                .set(PARTICIPATION.LEVEL_CODE, DSL.coalesce(PARTICIPATION.LEVEL_CODE, gone.LEVEL_CODE))
                .set(PARTICIPATION.REVIEW_STATE, "corrected")
                .from(gone)
                .where(PARTICIPATION.ID.eq(keepId)).and(gone.ID.eq(goneId)).execute();
        // decisions that led to the absorbed row lead to the kept one
        tx.update(CURATED_KEY).set(CURATED_KEY.FACT_ID, keepId)
                .where(CURATED_KEY.FACT_KIND.eq("participation")).and(CURATED_KEY.FACT_ID.eq(goneId)).execute();
        tx.deleteFrom(PARTICIPATION).where(PARTICIPATION.ID.eq(goneId)).execute();
    }

    /** The person stored under the name's key, or a new one. */
    private long personFor(String name, String country) {
        String key = NameKeys.person(name);
        Long known = tx.select(PERSON_ALIAS.PERSON_ID).from(PERSON_ALIAS).where(PERSON_ALIAS.ALIAS_KEY.eq(key)).fetchOne(PERSON_ALIAS.PERSON_ID);
        if (known != null) {
            return known;
        }
        long id = tx.insertInto(PERSON).set(PERSON.NAME, name).set(PERSON.NAME_KEY, key).set(PERSON.COUNTRY_CODE, country)
                .onConflict(PERSON.NAME_KEY).doUpdate().set(PERSON.COUNTRY_CODE, DSL.coalesce(PERSON.COUNTRY_CODE, DSL.excluded(PERSON.COUNTRY_CODE)))
                .returning(PERSON.ID).fetchOne(PERSON.ID);
        tx.insertInto(PERSON_ALIAS).set(PERSON_ALIAS.ALIAS_KEY, key).set(PERSON_ALIAS.PERSON_ID, id).set(PERSON_ALIAS.ALIAS, name)
                .onConflictDoNothing().execute();
        return id;
    }

    private Long organizationId(String organization, String country) {
        if (organization == null) {
            return null;
        }
        return tx.select(ORGANIZATION.ID).from(ORGANIZATION)
                .where(DSL.lower(ORGANIZATION.NAME).eq(organization.toLowerCase()))
                .and(country == null ? DSL.noCondition() : ORGANIZATION.PARTY_CODE.eq(country).or(ORGANIZATION.PARTY_CODE.isNull()))
                .orderBy(ORGANIZATION.ID).limit(1).fetchOne(ORGANIZATION.ID);
    }

    private static void addIfChanged(List<String> changed, String field, String stored, String wanted) {
        if (!Objects.equals(stored, wanted)) {
            changed.add(field);
        }
    }

    private static void require(FactRef fact, FactKind kind) {
        if (fact.kind() != kind) {
            throw new CurationException(null, "not a " + kind.code() + ": " + fact.kind().code() + " " + fact.id());
        }
    }
}
