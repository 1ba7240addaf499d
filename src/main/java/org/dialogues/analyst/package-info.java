/**
 * The analysts' side at scale: the documented analyst queries ({@link org.dialogues.analyst.AnalystQueries}),
 * a synthetic knowledge base of any size built in set-based SQL ({@link org.dialogues.analyst.SyntheticKnowledgeBase}),
 * and the timing of those queries as the reader role ({@link org.dialogues.analyst.QueryTimings}), for
 * {@code dialogues benchmark scale}. Depends on the database only.
 */
package org.dialogues.analyst;
