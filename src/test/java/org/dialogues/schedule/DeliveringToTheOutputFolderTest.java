package org.dialogues.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveringToTheOutputFolderTest {

    @TempDir
    Path folder;

    @Test
    void versionedNameCarriesTheFiringInTheSchedulesZone() {
        assertThat(OutputFolder.versionedName("quarterly-2025-Q1", Instant.parse("2025-04-01T22:00:00Z"), ZoneId.of("Asia/Seoul"), OutputFormat.PDF))
                .isEqualTo("quarterly-2025-Q1.20250402T070000.pdf");
    }

    @Test
    void anEarlierOutputIsNeverOverwritten() {
        OutputFolder outputs = new OutputFolder(folder);
        Delivery first = outputs.deliver("s", 1, "r.20250402T070000.pdf", OutputFormat.PDF, target -> Files.writeString(target, "one"));
        Delivery second = outputs.deliver("s", 2, "r.20250402T070000.pdf", OutputFormat.PDF, target -> Files.writeString(target, "two"));

        assertThat(first.path()).hasFileName("r.20250402T070000.pdf").hasContent("one");
        assertThat(second.path()).hasFileName("r.20250402T070000-2.pdf").hasContent("two");
        assertThat(second.bytes()).isEqualTo(3);
        assertThat(second.sha256()).isEqualTo("3fc4ccfe745870e2c0d99f71f30ff0656c8dedd41cc1d7d3d376b0dbe685e2f3");
    }

    @Test
    void aFailedRenderingLeavesNothingInTheFolder() throws IOException {
        OutputFolder outputs = new OutputFolder(folder);
        assertThatThrownBy(() -> outputs.deliver("s", 1, "r.pdf", OutputFormat.PDF, target -> {
            Files.writeString(target, "half");
            throw new IOException("disk full");
        })).isInstanceOf(ScheduleException.class).hasMessageContaining("disk full");

        assertThat(folder.resolve("r.pdf")).doesNotExist();
        assertThat(folder.resolve(OutputFolder.PARTIAL)).doesNotExist();
    }

    @Test
    void noStagingFolderIsLeftAfterADelivery() {
        new OutputFolder(folder).deliver("s", 1, "r.pdf", OutputFormat.PDF, target -> Files.writeString(target, "whole"));
        assertThat(folder.resolve("r.pdf")).hasContent("whole");
        assertThat(folder.resolve(OutputFolder.PARTIAL)).doesNotExist();
    }

    @Test
    void aPartialSymlinkIsRefusedAndNeverFollowed(@TempDir Path elsewhere) throws IOException {
        Path precious = Files.writeString(elsewhere.resolve("s.3.pdf"), "someone else's file");
        Files.createSymbolicLink(folder.resolve(OutputFolder.PARTIAL), elsewhere);
        OutputFolder outputs = new OutputFolder(folder);

        outputs.discardPartials("s");
        assertThatThrownBy(() -> outputs.deliver("s", 3, "r.pdf", OutputFormat.PDF, target -> Files.writeString(target, "output")))
                .isInstanceOf(ScheduleException.class)
                .hasMessageContaining("symbolic link");

        assertThat(precious).hasContent("someone else's file");
        assertThat(Files.list(elsewhere)).containsExactly(precious);
        assertThat(folder.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void partialsOfAKilledRunAreDiscardedBeforeTheRedo() throws IOException {
        Path partial = Files.createDirectories(folder.resolve(OutputFolder.PARTIAL)).resolve("s.7.pdf");
        Path other = folder.resolve(OutputFolder.PARTIAL).resolve("other.8.pdf");
        Files.writeString(partial, "half");
        Files.writeString(other, "busy");

        new OutputFolder(folder).discardPartials("s");

        assertThat(partial).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void aStagingFolderRemovedByAnotherRunFinishingMeanwhileIsMadeAgain() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        Delivery delivery = new OutputFolder(folder).deliver("s", 1, "r.pdf", OutputFormat.PDF, target -> {
            if (attempts.incrementAndGet() == 1) {
                Files.delete(target.getParent());   // what the other run's clean-up does to an empty .partial
            }
            Files.writeString(target, "whole");
        });
        assertThat(delivery.path()).hasContent("whole");
        assertThat(attempts).hasValue(2);
        assertThat(folder.resolve(OutputFolder.PARTIAL)).doesNotExist();
    }
}
