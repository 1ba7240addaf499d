package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    private static SourceDocument document(String text) {
        return new SourceDocument("a.txt", "a.txt", text.getBytes(), "UTF-8", "text/plain", text,
                null, null, null, null, null, "en", List.of());
    }

    @Test
    void hashIsTheSameWhateverQuotesDashesSpacingAndNormalizationForm() {
        String typographic = "Seoul \u2013 the \u201Cdialogue\u201D resumed,\u00A0officials  said. Caf\u00E9\u2019s";
        String plain = "Seoul - the \"dialogue\" resumed, officials said.\n Cafe\u0301's";

        assertThat(document(typographic).sha256()).isEqualTo(document(plain).sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void hashDiffersWhenTheWordsDiffer() {
        assertThat(document("The ministers met on Monday.").sha256())
                .isNotEqualTo(document("The ministers met on Tuesday.").sha256());
    }

    @Test
    void originalBytesCannotBeChangedFromOutside() {
        byte[] bytes = "The ministers met.".getBytes();
        SourceDocument document = new SourceDocument("a.txt", "a.txt", bytes, "UTF-8", "text/plain", "The ministers met.",
                null, null, null, null, null, "en", List.of());

        bytes[0] = 'X';
        document.original()[1] = 'Y';

        assertThat(document.original()).isEqualTo("The ministers met.".getBytes());
    }

    @Test
    void anUnknownDateHasUnknownPrecisionAndAKnownOneNeedsAPrecision() {
        assertThat(document("The ministers met.").publishedPrecision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThatThrownBy(() -> new SourceDocument("a.txt", "a.txt", new byte[0], "UTF-8", "text/plain", "Text.",
                null, null, null, LocalDate.of(2024, 1, 1), DatePrecision.UNKNOWN, "en", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankTextIsNoArticle() {
        assertThatThrownBy(() -> document("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalDocumentsCompareByContentIncludingTheirBytes() {
        assertThat(document("The ministers met.")).isEqualTo(document("The ministers met."));
        assertThat(document("The ministers met.")).isNotEqualTo(document("The ministers left."));
    }
}
