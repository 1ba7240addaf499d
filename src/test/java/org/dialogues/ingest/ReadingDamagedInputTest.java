package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input damaged in small ways: never mangled, never sent raw to the database, and never silently lost. */
class ReadingDamagedInputTest {

    private static final String STORY = "Prime Minister Justin Trudeau met President Yoon Suk Yeol (\uC724\uC11D\uC5F4) in Seoul on Monday, "
            + "and the two leaders agreed to deepen cooperation on critical minerals, defense industries and "
            + "energy security before the end of the year, the presidential office said.";

    private final TextDecoder decoder = new TextDecoder();
    private final ArticleReader reader = new ArticleReader(new ReadLimits(1_000_000, 100));

    @TempDir
    Path directory;

    @Test
    void utf8WithACharacterCutInTheMiddleIsRepairedAndFlaggedNotReadAsWindows1252() throws Exception {
        byte[] bytes = STORY.getBytes(StandardCharsets.UTF_8);
        int hangul = STORY.indexOf('\uC724');
        int at = new String(STORY.substring(0, hangul)).getBytes(StandardCharsets.UTF_8).length;
        byte[] cut = concat(Arrays.copyOfRange(bytes, 0, at + 2), Arrays.copyOfRange(bytes, at + 3, bytes.length));

        DecodedText decoded = decoder.decode(cut, Optional.empty());

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("Trudeau met", "\uFFFD\uC11D\uC5F4").doesNotContain("\u00C3");
        assertThat(decoded.replaced()).isEqualTo(1);

        Path file = Files.write(directory.resolve("cut.txt"), cut);
        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));
        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.reviewReasons()).anySatisfy(reason -> assertThat(reason).contains("replaced by U+FFFD"));
    }

    @Test
    void utf8CutAtTheEndIsRepairedToo() throws Exception {
        byte[] bytes = (STORY + " \uC724").getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = decoder.decode(Arrays.copyOf(bytes, bytes.length - 1), Optional.empty());
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).endsWith("said. \uFFFD");
    }

    @Test
    void aNulInAJsonTitleOrOutletIsDropped() {
        Path file = Fixtures.write(directory, "nul.json", "{\"title\": \"Korea\\u0000Canada talks\", \"outlet\": \"Wire\\u0000\","
                + " \"published\": \"2025-05-20\", \"text\": \"" + STORY.replace("\"", "") + "\"}");
        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));
        assertThat(document.title()).isEqualTo("KoreaCanada talks");
        assertThat(document.outlet()).isEqualTo("Wire");
    }

    @Test
    void nulCharactersInUtf16TextAreDropped() throws Exception {
        String withNul = STORY.replace(" on Monday", "\u0000 on Monday");
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, withNul.getBytes(StandardCharsets.UTF_16LE));
        SourceDocument document = Fixtures.accepted(reader.read(Files.write(directory.resolve("utf16.txt"), bytes), Overrides.none()));
        assertThat(document.text()).contains("in Seoul on Monday").doesNotContain("\u0000");
    }

    @Test
    void aCsvManifestWithAByteOrderMarkIsRead() {
        Path file = Fixtures.write(directory, "story.txt", STORY);
        Fixtures.write(directory, "manifest.csv", "\uFEFFfile,url,outlet,published,title\nstory.txt,https://example.org/s,Wire,2025-05-20,Talks\n");
        SourceDocument document = Fixtures.accepted(reader.read(file, Overrides.none()));
        assertThat(document.url()).isEqualTo("https://example.org/s");
        assertThat(document.title()).isEqualTo("Talks");
    }

    @Test
    void manifestRowsNamingMissingFilesOrFilesOutsideTheFolderGetAWarning() throws Exception {
        Fixtures.write(directory, "story.txt", STORY);
        Path manifest = Fixtures.write(directory, "manifest.csv",
                "file,url\nstory.txt,https://example.org/s\nmissing.txt,https://example.org/m\n../../etc/passwd,https://example.org/p\n");

        ArticleReader.Listing listing = reader.list(List.of(directory));

        assertThat(listing.files()).containsExactly(directory.resolve("story.txt"));
        assertThat(listing.warnings()).extracting(ArticleReader.Skipped::message).containsExactly(
                manifest + ": names \"../../etc/passwd\", which is not a file in its folder; that row is ignored",
                manifest + ": names \"missing.txt\", which does not exist; that row is ignored");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
