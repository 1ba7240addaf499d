package org.dialogues.review;

/** The account behind a request's session, and the token its forms must carry. */
public record SignedIn(long accountId, String name, Role role, String csrfToken) {
}
