/**
 * PDF, XLSX and CSV reports over the knowledge base.
 *
 * <p>How the parts fit: {@link org.dialogues.report.Reports} is the entry point (command line,
 * scheduler, demo). For each report a builder ({@code QuarterlyReport}, {@code PartnerReport},
 * {@code CommitmentReport}) runs the jOOQ queries of {@code ReportQueries}, which return records
 * ({@link org.dialogues.report.MeetingLine}, {@link org.dialogues.report.CommitmentLine}...) and
 * compute every number as an SQL aggregate. Articles cited anywhere in a report are numbered in
 * appendix order ({@code SourceIndex}) so that meetings and commitments point to them ([S3]).
 * The builder hands the records to the templates as data sources ({@code RecordDataSource}) and
 * figures as parameters; {@code ReportWriter} fills the compiled master template with its
 * subreports, swaps pages to disk beyond a few dozen (virtualizer) and writes the file atomically.
 * CSV is written from the same records, without Jasper.
 *
 * <p>Templates live in {@code reports/} (one folder per report, shared subreports and styles in
 * {@code reports/common}), contain no SQL, and are compiled by the build
 * ({@code src/build/java/CompileReports.java}); only those compiled files are loaded. Fonts come
 * from the font extension in {@code src/main/resources/fonts}: the font set "Dialogues Sans"
 * takes Latin text from DejaVu Sans and Hangul from Nanum Gothic, both embedded.
 */
package org.dialogues.report;
