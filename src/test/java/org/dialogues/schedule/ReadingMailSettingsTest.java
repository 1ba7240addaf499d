package org.dialogues.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingMailSettingsTest {

    @TempDir
    Path folder;

    @Test
    void settingsComeFromTheEnvironmentAndThePasswordNeverShows() {
        MailSettings settings = MailSettings.fromEnvironment(Map.of("DIALOGUES_SMTP_HOST", "smtp.example.org", "DIALOGUES_SMTP_PORT", "587",
                "DIALOGUES_SMTP_USER", "reports", "DIALOGUES_SMTP_PASSWORD", "s3cret-pw", "DIALOGUES_SMTP_FROM", "reports@example.org"), folder).orElseThrow();
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.password()).contains("s3cret-pw");
        assertThat(settings.toString()).contains("smtp.example.org").doesNotContain("s3cret-pw");
    }

    @Test
    void noHostMeansNoMail() {
        assertThat(MailSettings.fromEnvironment(Map.of(), folder)).isEmpty();
    }

    @Test
    void aPrivateFileIsReadAndAGroupReadableOneIsRefused() throws Exception {
        Path file = folder.resolve("smtp.properties");
        Files.writeString(file, "host=smtp.example.org\nport=2525\npassword=s3cret-pw\nfrom=reports@example.org\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(MailSettings.fromEnvironment(Map.of(MailSettings.FILE, "smtp.properties"), folder)).get()
                .satisfies(s -> assertThat(s.port()).isEqualTo(2525));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> MailSettings.fromEnvironment(Map.of(MailSettings.FILE, file.toString()), folder))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("chmod 600").hasMessageNotContaining("s3cret-pw");
    }
}
