package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodingEncodingsTest {

    private static final String STORY = "SEOUL \u2013 The \u201Cstrategic dialogue\u201D between the two governments "
            + "resumed on Monday after a pause of three years, officials said, and both sides agreed to meet again "
            + "before the end of the year to review cooperation on defense industries and export controls.";

    private final TextDecoder decoder = new TextDecoder();
    private final ArticleReader reader = new ArticleReader(new ReadLimits(1_000_000, 100));

    @TempDir
    Path directory;

    @Test
    void utf8WithAndWithoutByteOrderMarkGiveTheSameText() throws Exception {
        byte[] plain = STORY.getBytes(StandardCharsets.UTF_8);
        byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);

        assertThat(decoder.decode(plain, Optional.empty())).isEqualTo(new DecodedText(STORY, StandardCharsets.UTF_8));
        assertThat(decoder.decode(marked, Optional.empty())).isEqualTo(new DecodedText(STORY, StandardCharsets.UTF_8));
    }

    @Test
    void utf16IsReadByItsByteOrderMark() throws Exception {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE));

        assertThat(decoder.decode(little, Optional.empty()).text()).isEqualTo(STORY);
        assertThat(decoder.decode(little, Optional.empty()).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoder.decode(big, Optional.empty()).text()).isEqualTo(STORY);
    }

    @Test
    void invalidUtf8ThatIsValidWindows1252IsReadAsWindows1252() throws Exception {
        byte[] cp1252 = STORY.getBytes(Charset.forName("windows-1252"));

        DecodedText decoded = decoder.decode(cp1252, Optional.empty());

        assertThat(decoded.text()).isEqualTo(STORY);
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void aCharsetTheDocumentDeclaresIsTriedBeforeWindows1252() throws Exception {
        String html = "<html><head><meta charset=\"ISO-8859-15\"></head><body>Pr\u00E9sident \u20AC</body></html>";

        DecodedText decoded = decoder.decode(html.getBytes(Charset.forName("ISO-8859-15")),
                Optional.of(Charset.forName("ISO-8859-15")));

        assertThat(decoded.text()).isEqualTo(html);
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreRejectedNotMangled() {
        byte[] undefined = concat(STORY.getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, (byte) 0x8D});

        assertThatThrownBy(() -> decoder.decode(undefined, Optional.empty()))
                .isInstanceOf(UndecodableException.class)
                .hasMessageContaining("cannot be decoded");
    }

    @Test
    void nulBytesMeanBinary() {
        assertThatThrownBy(() -> decoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}, Optional.empty()))
                .isInstanceOf(UndecodableException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void theDocumentKeepsTheExactOriginalBytesAndNamesItsEncoding() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));
        Path file = Files.write(directory.resolve("utf16.txt"), bytes);

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.original()).isEqualTo(bytes);
        assertThat(document.encoding()).isEqualTo("UTF-16LE");
        assertThat(document.text()).isEqualTo(STORY);
    }

    @Test
    void aWindows1252FileIsImportedWithItsEncodingNamed() throws Exception {
        Path file = Files.write(directory.resolve("legacy.txt"), STORY.getBytes(Charset.forName("windows-1252")));

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.encoding()).isEqualTo("windows-1252");
        assertThat(document.text()).contains("\u201Cstrategic dialogue\u201D");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
