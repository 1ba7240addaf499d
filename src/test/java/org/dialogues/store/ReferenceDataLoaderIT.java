package org.dialogues.store;

import static org.assertj.core.api.Assertions.assertThat;

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
