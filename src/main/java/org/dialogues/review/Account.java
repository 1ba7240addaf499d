package org.dialogues.review;

import java.time.Instant;

/** A workbench account as listed; the password hash stays in the database. */
public record Account(long id, String name, Role role, Instant createdAt, boolean disabled) {
}
