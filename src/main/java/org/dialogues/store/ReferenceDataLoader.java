package org.dialogues.store;

import static org.dialogues.database.schema.Tables.CITY;
import static org.dialogues.database.schema.Tables.DIALOGUE_SERIES;
import static org.dialogues.database.schema.Tables.LANDMARK;
import static org.dialogues.database.schema.Tables.OFFICE;
import static org.dialogues.database.schema.Tables.ORGANIZATION;
import static org.dialogues.database.schema.Tables.ORGANIZATION_ALIAS;
import static org.dialogues.database.schema.Tables.OUTLET;
import static org.dialogues.database.schema.Tables.OUTLET_DOMAIN;
import static org.dialogues.database.schema.Tables.OUTLET_NAME;
import static org.dialogues.database.schema.Tables.PARTY;
import static org.dialogues.database.schema.Tables.PARTY_ALIAS;
import static org.dialogues.database.schema.Tables.PERSON;
import static org.dialogues.database.schema.Tables.SERIES_ALIAS;
import static org.dialogues.database.schema.Tables.SERIES_PARTY;
import static org.dialogues.database.schema.Tables.TITLE;
import static org.dialogues.database.schema.Tables.TOPIC;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.dialogues.extract.ReferenceData;
import org.jooq.DSLContext;

/** Reads the reference knowledge extraction needs into one immutable {@link ReferenceData} value. */
public final class ReferenceDataLoader {

    private ReferenceDataLoader() {
    }

    public static ReferenceData load(DSLContext ctx) {
        return new ReferenceData(parties(ctx), partyAliases(ctx), organizations(ctx), titles(ctx), topics(ctx),
                series(ctx), cities(ctx), offices(ctx), landmarks(ctx));
    }

    /** The outlets import recognizes by address, declared site name or wire credit (table outlet). */
    public static List<Outlet> outlets(DSLContext ctx) {
        return ctx.select(OUTLET.NAME,
                        multiset(select(OUTLET_NAME.NAME)
                                .from(OUTLET_NAME)
                                .where(OUTLET_NAME.OUTLET_ID.eq(OUTLET.ID))
                                .orderBy(OUTLET_NAME.NAME)),
                        multiset(select(OUTLET_DOMAIN.DOMAIN)
                                .from(OUTLET_DOMAIN)
                                .where(OUTLET_DOMAIN.OUTLET_ID.eq(OUTLET.ID))
                                .orderBy(OUTLET_DOMAIN.DOMAIN)))
                .from(OUTLET)
                .orderBy(OUTLET.NAME)
                .fetch(r -> new Outlet(r.value1(), r.value2().map(n -> n.value1()), r.value3().map(d -> d.value1())));
    }

    private static List<ReferenceData.Party> parties(DSLContext ctx) {
        return ctx.select(PARTY.CODE, PARTY.NAME, PARTY.KIND, PARTY.CAPITAL)
                .from(PARTY)
                .orderBy(PARTY.CODE)
                .fetch(r -> new ReferenceData.Party(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static List<ReferenceData.PartyAlias> partyAliases(DSLContext ctx) {
        return ctx.select(PARTY_ALIAS.ALIAS, PARTY_ALIAS.PARTY_CODE, PARTY_ALIAS.KIND, PARTY_ALIAS.CASE_SENSITIVE)
                .from(PARTY_ALIAS)
                .orderBy(PARTY_ALIAS.ALIAS, PARTY_ALIAS.PARTY_CODE)
                .fetch(r -> new ReferenceData.PartyAlias(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static List<ReferenceData.Organization> organizations(DSLContext ctx) {
        return ctx.select(ORGANIZATION.NAME, ORGANIZATION.PARTY_CODE, ORGANIZATION.ACRONYM,
                        multiset(select(ORGANIZATION_ALIAS.ALIAS)
                                .from(ORGANIZATION_ALIAS)
                                .where(ORGANIZATION_ALIAS.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                                .orderBy(ORGANIZATION_ALIAS.ALIAS)))
                .from(ORGANIZATION)
                .orderBy(ORGANIZATION.ID)
                .fetch(r -> new ReferenceData.Organization(r.value1(), r.value2(), r.value3(),
                        r.value4().map(a -> a.value1())));
    }

    private static List<ReferenceData.Title> titles(DSLContext ctx) {
        return ctx.select(TITLE.NAME, TITLE.LEVEL_CODE)
                .from(TITLE)
                .orderBy(TITLE.NAME)
                .fetch(r -> new ReferenceData.Title(r.value1(), r.value2()));
    }

    private static List<ReferenceData.Topic> topics(DSLContext ctx) {
        return ctx.select(TOPIC.CODE, TOPIC.LABEL, TOPIC.KEYWORDS)
                .from(TOPIC)
                .orderBy(TOPIC.CODE)
                .fetch(r -> new ReferenceData.Topic(r.value1(), r.value2(), Arrays.asList(r.value3())));
    }

    private static List<ReferenceData.Series> series(DSLContext ctx) {
        return ctx.select(DIALOGUE_SERIES.NAME, DIALOGUE_SERIES.ACRONYM, DIALOGUE_SERIES.KIND,
                        multiset(select(SERIES_PARTY.PARTY_CODE)
                                .from(SERIES_PARTY)
                                .where(SERIES_PARTY.SERIES_ID.eq(DIALOGUE_SERIES.ID))),
                        multiset(select(SERIES_ALIAS.ALIAS)
                                .from(SERIES_ALIAS)
                                .where(SERIES_ALIAS.SERIES_ID.eq(DIALOGUE_SERIES.ID))
                                .orderBy(SERIES_ALIAS.ALIAS)),
                        DIALOGUE_SERIES.ANNUAL_SINCE_EDITION, DIALOGUE_SERIES.ANNUAL_SINCE_YEAR)
                .from(DIALOGUE_SERIES)
                // series first met in articles are facts, not knowledge: reading them back would
                // make an article's extraction depend on what was imported before it
                .where(DIALOGUE_SERIES.ORIGIN.eq("reference"))
                .orderBy(DIALOGUE_SERIES.ID)
                .fetch(r -> new ReferenceData.Series(r.value1(), r.value2(), r.value3(),
                        new HashSet<>(r.value4().map(p -> p.value1())), r.value5().map(a -> a.value1()),
                        annual(r.value6(), r.value7())));
    }

    private static ReferenceData.AnnualNumbering annual(Integer sinceEdition, Integer sinceYear) {
        return sinceEdition == null ? null : new ReferenceData.AnnualNumbering(sinceEdition, sinceYear);
    }

    private static List<ReferenceData.City> cities(DSLContext ctx) {
        return ctx.select(CITY.NAME, CITY.COUNTRY_CODE)
                .from(CITY)
                .orderBy(CITY.NAME)
                .fetch(r -> new ReferenceData.City(r.value1(), r.value2()));
    }

    private static List<ReferenceData.Landmark> landmarks(DSLContext ctx) {
        return ctx.select(LANDMARK.NAME, LANDMARK.CITY, LANDMARK.COUNTRY_CODE)
                .from(LANDMARK)
                .orderBy(LANDMARK.NAME)
                .fetch(r -> new ReferenceData.Landmark(r.value1(), r.value2(), r.value3()));
    }

    private static List<ReferenceData.Office> offices(DSLContext ctx) {
        return ctx.select(PERSON.NAME, OFFICE.PARTY_CODE, OFFICE.TITLE, OFFICE.VALID_FROM, OFFICE.VALID_TO)
                .from(OFFICE)
                .join(PERSON).on(PERSON.ID.eq(OFFICE.PERSON_ID))
                .where(OFFICE.ORIGIN.eq("reference"))   // see the series: facts are not knowledge
                .orderBy(PERSON.NAME, OFFICE.VALID_FROM)
                .fetch(r -> new ReferenceData.Office(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
