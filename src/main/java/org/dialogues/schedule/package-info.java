/**
 * Scheduled reports. A {@link org.dialogues.schedule.ReportSchedule} (stored by
 * {@link org.dialogues.schedule.ScheduleStore} in {@code report_schedule}) says which report to run,
 * on which cron in which zone, with which parameters, and where the outputs go.
 * {@link org.dialogues.schedule.Schedules} holds the use cases and queues each schedule's next firing
 * in db-scheduler's {@code scheduled_tasks}; {@link org.dialogues.schedule.ReportService} is the
 * long-lived service that picks due firings under PostgreSQL row locks (so several services never
 * run one firing twice) and hands them to {@link org.dialogues.schedule.ReportJob}, which resolves
 * the parameters for the firing, renders through a {@link org.dialogues.schedule.ReportRenderer},
 * delivers to an {@link org.dialogues.schedule.OutputFolder} (versioned names, written aside then
 * linked into place), mails with retries through a {@link org.dialogues.schedule.Mailer}, and records
 * every step in {@code report_run} via {@link org.dialogues.schedule.RunLog}.
 */
package org.dialogues.schedule;
