package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingKoreanPageTest {

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());

    @TempDir
    Path directory;

    @Test
    void aKoreanPageIsCleanedAndItsMetadataRead() {
        SourceDocument document = Fixtures.accepted(reader.read(Fixtures.copy("korean-page.txt", directory), Overrides.none()));

        assertThat(document.language()).isEqualTo("ko");
        assertThat(document.title()).startsWith("한미, 통합국방대화 개최");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(document.outlet()).isEqualTo("예시일보");
        assertThat(document.text().split("\n\n")).hasSize(3);
        assertThat(document.text()).doesNotContain("전체메뉴", "기자", "Copyright", "입력");
    }

    @Test
    void hangulCountsDoubleTowardsTheMinimumLength() {
        assertThat(ArticleAssembler.textLength("abc")).isEqualTo(3);
        assertThat(ArticleAssembler.textLength("한국과 미국")).isEqualTo(11);
    }
}
