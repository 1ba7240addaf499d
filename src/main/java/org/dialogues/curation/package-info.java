/**
 * Curation: what archivists confirm, correct, add, reject, merge, split and move, stored as data
 * that re-extraction respects, with an audit trail ({@code curation_event}).
 *
 * <p>The public surface is {@link org.dialogues.curation.Curation} (one transaction per action,
 * optimistic locking through each row's {@code version}) and the records it takes. Re-extraction
 * (in {@code store}) reads what is decided here from {@code review_state}, {@code corrected_fields}
 * and {@code curated_key}.
 */
package org.dialogues.curation;
