package org.dialogues.store;

import org.dialogues.extract.linguistic.StoredAnnotation;
import org.dialogues.extract.time.DatePrecision;

import java.time.LocalDate;

/**
 * A stored article as re-extraction reads it, with its stored linguistic annotation (or null) and
 * the digest of the extraction last stored for it (or null).
 */
public record StoredArticle(long id, String text, String title, LocalDate published, DatePrecision publishedPrecision,
                            String sourceFile, StoredAnnotation annotation, String extractionDigest) {}
