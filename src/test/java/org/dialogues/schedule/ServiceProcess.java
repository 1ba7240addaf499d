package org.dialogues.schedule;

import org.dialogues.database.Database;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A scheduling service in its own JVM whose rendering writes half a file and then hangs, so that a
 * test can kill the process in the middle of a run. Arguments: JDBC URL, user.
 */
public final class ServiceProcess {

    private ServiceProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser(args[1]);
        Schedules schedules = new Schedules(dataSource, Database.dsl(dataSource), Clock.systemUTC());
        ReportRenderer hanging = new ReportRenderer() {
            @Override
            public void render(ReportKind report, Map<String, String> parameters, OutputFormat format, Path target) throws IOException {
                try (OutputStream out = Files.newOutputStream(target)) {
                    out.write("%PDF-1.7\n% half of it".getBytes());
                    out.flush();
                    Thread.sleep(Duration.ofMinutes(5).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public String templateVersion(ReportKind report) {
                return "hanging";
            }
        };
        ServiceOptions options = new ServiceOptions(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(5), Optional.empty(), 1);
        ReportService service = new ReportService(dataSource, schedules,
                new ReportJob(schedules.runs(), hanging, Optional.empty(), new RetryPolicy(1, Duration.ZERO, 1.0), Clock.systemUTC()),
                options, Clock.systemUTC());
        service.start();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
