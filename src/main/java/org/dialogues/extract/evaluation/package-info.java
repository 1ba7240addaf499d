/**
 * Measuring extraction: a reader for gold files (the seeds' {@code gold.json}, the samples'
 * {@code samples-gold.json}) and {@link org.dialogues.extract.evaluation.GoldScorer}, whose Javadoc
 * states the matching rules behind precision, recall, F1 and field accuracy.
 */
package org.dialogues.extract.evaluation;
