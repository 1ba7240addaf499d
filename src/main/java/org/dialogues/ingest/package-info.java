/**
 * Loading articles: files in, {@link org.dialogues.ingest.SourceDocument}s out, one per article,
 * or a {@link org.dialogues.ingest.ReadResult.Rejected} saying in one line why not. Nothing here
 * touches the database; the store persists each accepted document in its own transaction.
 *
 * <h2>How the parts fit</h2>
 * <ol>
 *   <li>{@link org.dialogues.ingest.ArticleReader#list} turns the paths an archivist gives into
 *       a sorted list of files (recursively, following links to folders, without hidden and
 *       manifest files), with what it skipped (link loops, links to nothing, devices, pipes) and
 *       warnings about manifest rows naming files that are not there.</li>
 *   <li>{@link org.dialogues.ingest.ArticleReader#read} reads only regular files, never more than
 *       the size limit, checks permissions, keeps the exact
 *       bytes, and decodes them strictly ({@code TextDecoder}: BOM, UTF-16 without a BOM when NUL
 *       bytes fall on one side of the byte pairs, UTF-8, a declared charset, Windows-1252; anything
 *       else is rejected, never decoded with replacement characters).</li>
 *   <li>A {@code FormatReader} chosen by extension, or by content when the extension says nothing,
 *       turns the file into drafts: {@code PlainTextFormat}, {@code HtmlFormat} (readability4j for
 *       the main text, meta tags for metadata), {@code JsonFormat} (an object or an array),
 *       {@code JsonLinesFormat} (one record a line; a bad line rejects that record only).</li>
 *   <li>{@code ArticleAssembler} cleans every draft with {@code PlainTextCleaner}, reads metadata
 *       from the text with {@code MetadataDetector}, and layers what is known, most trusted first:
 *       {@link org.dialogues.ingest.Overrides}, the directory's manifest ({@code manifest.json} or
 *       {@code manifest.csv}), what the format declares, what the text shows.</li>
 * </ol>
 *
 * <h2>Limits</h2>
 * Nothing an archivist feeds in may hold a worker for long. What cannot be linear is capped (line
 * and word length in the cleaner, element count before readability, sentence length in CoreNLP),
 * and the {@code Importer} gives each file's reading and each article's extraction a
 * {@code TimeBudget}: past it the worker's thread is interrupted, the loops that check for it
 * (cleaner, CoreNLP, the extraction pipeline) end, and the article is rejected in one line.
 *
 * <h2>Outlets</h2>
 * An {@link org.dialogues.ingest.OutletDirectory} (the database's {@code outlet} table, handed in by
 * the command line; empty in unit tests) gives known outlets one canonical name, whether a page
 * names its outlet by address (subdomains included), declared site name, JSON field, dateline
 * agency, a credit line or a byline. A known outlet wins over an unknown one; unknown ones stay as
 * written, and outlets the archivist gives (manifest, {@code --outlet}) are never rewritten.
 *
 * <h2>Cleaning saved pages</h2>
 * Each line is judged by shape alone ({@code LineClassifier}): prose (sentence punctuation, enough
 * function words, not Title Case), captions, list items, headings, page furniture (share and comment
 * widgets, bylines, copyright and cookie notices, navigation), and headings of lists of other
 * stories. Prose weighs by its length, everything else against; the story is the stretch with the
 * greatest total weight (a list heading weighs heavily against, so teasers below it stay out, but a
 * long second half of a story after an inline "Read more" is kept). Nothing after a comments
 * heading is considered. Only general patterns are used, never knowledge of a particular site.
 *
 * <p>The headline becomes the {@code title} and is <em>not</em> repeated in the text: the text
 * starts with the story's first paragraph, so evidence sentences and offsets refer to the story
 * alone. A dateline ("SEOUL, Sept. 14 (Yonhap) -- ...") stays in the text, being part of the first
 * sentence, and also serves metadata detection. Paragraphs are separated by a blank line.
 *
 * <h2>Dates</h2>
 * A publication date is taken only from where pages print one (labelled lines, the page address,
 * a line holding only a date, a dateline with a year found elsewhere on the page), never from
 * dates in the story. Without one the date stays null and the document carries the review reason
 * "no publication date found". A date taken only from an unlabelled line with a weekday (often the
 * site's banner showing the day the page was saved) is used but flagged for review.
 *
 * <p>Text length limits count a Hangul, Han or kana character as two, so that short Korean
 * articles are not rejected as fragments.
 */
package org.dialogues.ingest;
