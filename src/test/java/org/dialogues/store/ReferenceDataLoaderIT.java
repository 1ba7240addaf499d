package org.dialogues.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.OFFICE;
import static org.dialogues.database.schema.Tables.PERSON;

import java.time.LocalDate;
import org.dialogues.database.TestDatabase;
import org.dialogues.extract.ReferenceData;
import org.junit.jupiter.api.Test;

class ReferenceDataLoaderIT {

    @Test
    void seededReferenceKnowledgeIsLoadedWhole() {
        try (TestDatabase database = TestDatabase.create()) {
            ReferenceData reference = ReferenceDataLoader.load(database.dsl());

            assertThat(reference.parties()).anySatisfy(p -> {
                assertThat(p.code()).isEqualTo("KR");
                assertThat(p.capital()).isEqualTo("Seoul");
            });
            assertThat(reference.partyAliases())
                    .contains(new ReferenceData.PartyAlias("ROK", "KR", "abbreviation", true));
            assertThat(reference.titles()).contains(new ReferenceData.Title("foreign minister", "minister"),
                    new ReferenceData.Title("deputy assistant secretary", "senior_official"));
            assertThat(reference.topics()).anySatisfy(t -> {
                assertThat(t.code()).isEqualTo("space");
                assertThat(t.keywords()).contains("satellite");
            });
            assertThat(reference.organizations()).anySatisfy(o -> {
                assertThat(o.name()).isEqualTo("Ministry of Foreign Affairs");
                assertThat(o.partyCode()).isEqualTo("KR");
                assertThat(o.aliases()).contains("Foreign Ministry");
            });
            assertThat(reference.series()).anySatisfy(s -> {
                assertThat(s.acronym()).isEqualTo("KIDD");
                assertThat(s.parties()).containsExactlyInAnyOrder("KR", "US");
                assertThat(s.aliases()).contains("ROK-U.S. Integrated Defense Dialogue");
            });
            assertThat(reference.cities()).contains(new ReferenceData.City("Busan", "KR"));
        }
    }

    @Test
    void seededOfficeHoldersAreLoadedWithTheirTerms() {
        try (TestDatabase database = TestDatabase.create()) {
            ReferenceData reference = ReferenceDataLoader.load(database.dsl());

            assertThat(reference.offices()).contains(
                    new ReferenceData.Office("Antony Blinken", "US", "secretary of state", LocalDate.of(2021, 1, 26),
                            LocalDate.of(2025, 1, 20)),
                    new ReferenceData.Office("Anthony Albanese", "AU", "prime minister", LocalDate.of(2022, 5, 23), null));
            assertThat(reference.offices()).extracting(ReferenceData.Office::partyCode)
                    .contains("KR", "US", "JP", "AU", "GB", "DE", "FR", "CA", "PH", "NATO", "EU");
            assertThat(reference.offices()).allSatisfy(office -> {
                assertThat(office.title()).isLowerCase();
                assertThat(office.validFrom()).isNotNull();
            });
        }
    }

    @Test
    void seededOfficeHoldersAreKeyedAsTheImporterKeysThem() {
        try (TestDatabase database = TestDatabase.create()) {
            var people = database.dsl().selectDistinct(PERSON.NAME, PERSON.NAME_KEY).from(PERSON)
                    .join(OFFICE).on(OFFICE.PERSON_ID.eq(PERSON.ID)).where(OFFICE.ORIGIN.eq("reference")).fetch();

            assertThat(people).isNotEmpty().allSatisfy(person ->
                    assertThat(person.value2()).isEqualTo(NameKeys.person(person.value1())));
        }
    }

    @Test
    void seededOutletsAreLoadedWithTheirNameFormsAndDomains() {
        try (TestDatabase database = TestDatabase.create()) {
            assertThat(ReferenceDataLoader.outlets(database.dsl())).anySatisfy(o -> {
                assertThat(o.name()).isEqualTo("Yonhap News Agency");
                assertThat(o.nameForms()).contains("Yonhap", "연합뉴스");
                assertThat(o.domains()).contains("yna.co.kr");
            });
        }
    }

    @Test
    void yearlyNumberedSeriesDateTheirEditions() {
        try (TestDatabase database = TestDatabase.create()) {
            ReferenceData reference = ReferenceDataLoader.load(database.dsl());

            assertThat(reference.series()).anySatisfy(s -> {
                assertThat(s.acronym()).isEqualTo("SCM");
                assertThat(s.annual().yearOf(56)).contains(2024);
            });
            assertThat(reference.series()).anySatisfy(s -> {
                assertThat(s.name()).isEqualTo("East Asia Summit");
                assertThat(s.annual().yearOf(18)).contains(2023);
            });
            assertThat(reference.series()).anySatisfy(s -> {
                assertThat(s.acronym()).isEqualTo("KIDD");
                assertThat(s.annual()).isNull();
            });
        }
    }
}
