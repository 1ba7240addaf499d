package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingUtf16WithoutByteOrderMarkTest {

    private static final String STORY = "SEOUL \u2013 Defense officials of the two countries met on Tuesday for the "
            + "\u201Cstrategic dialogue\u201D and agreed to hold the next round in the spring, the ministry said in a statement.";
    private static final String KOREAN_STORY = "\uAD6D\uBC29\uBD80\uB294 14\uC77C \uC11C\uC6B8\uC5D0\uC11C \uD55C\uBBF8 "
            + "\uC804\uB7B5\uB300\uD654\uB97C \uC5F4\uACE0 \uB3D9\uB9F9 \uD604\uC548\uC744 \uB17C\uC758\uD588\uB2E4\uACE0 "
            + "\uBC1D\uD614\uB2E4. \uC591\uCE21\uC740 \uB2E4\uC74C \uD68C\uC758\uB97C \uB0B4\uB144 \uBD04\uC5D0 "
            + "\uC5F4\uAE30\uB85C \uD569\uC758\uD588\uB2E4.";

    private final TextDecoder decoder = new TextDecoder();
    private final ArticleReader reader = new ArticleReader(new ReadLimits(1_000_000, 100));

    @TempDir
    Path directory;

    @Test
    void littleEndianTextWithoutMarkIsRecognized() throws Exception {
        DecodedText decoded = decoder.decode(STORY.getBytes(StandardCharsets.UTF_16LE), Optional.empty());

        assertThat(decoded).isEqualTo(new DecodedText(STORY, StandardCharsets.UTF_16LE));
    }

    @Test
    void bigEndianTextWithoutMarkIsRecognized() throws Exception {
        DecodedText decoded = decoder.decode(STORY.getBytes(StandardCharsets.UTF_16BE), Optional.empty());

        assertThat(decoded).isEqualTo(new DecodedText(STORY, StandardCharsets.UTF_16BE));
    }

    @Test
    void koreanTextIsRecognizedByItsSpacesDigitsAndPunctuation() throws Exception {
        DecodedText decoded = decoder.decode(KOREAN_STORY.getBytes(StandardCharsets.UTF_16LE), Optional.empty());

        assertThat(decoded).isEqualTo(new DecodedText(KOREAN_STORY, StandardCharsets.UTF_16LE));
    }

    @Test
    void aFileInUtf16WithoutMarkIsImportedWithItsEncodingNamed() throws Exception {
        byte[] bytes = STORY.getBytes(StandardCharsets.UTF_16BE);
        Path file = Files.write(directory.resolve("unmarked.txt"), bytes);

        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));

        assertThat(document.encoding()).isEqualTo("UTF-16BE");
        assertThat(document.text()).isEqualTo(STORY);
        assertThat(document.original()).isEqualTo(bytes);
    }

    @Test
    void anOddNumberOfBytesIsNotUtf16() {
        byte[] bytes = (STORY + "!").getBytes(StandardCharsets.UTF_16LE);
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 1);

        assertThat(TextDecoder.unmarkedUtf16(truncated)).isEmpty();
        assertThatThrownBy(() -> decoder.decode(truncated, Optional.empty()))
                .isInstanceOf(UndecodableException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void aLoneSurrogateIsRejectedNotMangledInOneLineNamingTheFile() throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(STORY.length() * 2 + 2);
        buffer.put(STORY.getBytes(StandardCharsets.UTF_16LE)).put((byte) 0x00).put((byte) 0xD8);
        Path file = Files.write(directory.resolve("broken.txt"), buffer.array());

        String rejection = Fixtures.rejection(reader.read(file, Overrides.none()));

        assertThat(rejection).startsWith(file.toString()).doesNotContain("\n")
                .contains("UTF-16LE without a byte-order mark but is not valid UTF-16");
    }

    @Test
    void binaryDataWithNulsOnBothSidesIsStillBinary() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        for (int i = 0; i < binary.length; i += 3) {
            binary[i] = 0;
        }

        assertThat(TextDecoder.unmarkedUtf16(binary)).isEmpty();
        assertThatThrownBy(() -> decoder.decode(binary, Optional.empty()))
                .isInstanceOf(UndecodableException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void sixteenBitNumbersThatDecodeToUnassignedCharactersAreNotText() {
        ByteBuffer buffer = ByteBuffer.allocate(2000);
        for (int i = 0; i < 1000; i++) {
            // high bytes 0x00 and 0xE0 alternate: NULs on one side only, every other unit a private-use character
            buffer.put((byte) 0x41).put(i % 2 == 0 ? (byte) 0x00 : (byte) 0xE0);
        }

        assertThatThrownBy(() -> decoder.decode(buffer.array(), Optional.empty()))
                .isInstanceOf(UndecodableException.class)
                .hasMessageContaining("no text uses");
    }
}
