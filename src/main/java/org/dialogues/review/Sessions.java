package org.dialogues.review;

import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.dialogues.database.schema.Tables.ACCOUNT;
import static org.dialogues.database.schema.Tables.ACCOUNT_SESSION;

/**
 * Signed-in sessions, kept in {@code account_session} under the hash of their token. A session ends
 * at sign-out, after {@link #IDLE} without a request, or when its account is disabled.
 */
final class Sessions {

    static final Duration IDLE = Duration.ofHours(8);

    private final DSLContext dsl;
    private final Clock clock;
    private final Tokens tokens;

    Sessions(DSLContext dsl, Clock clock, Tokens tokens) {
        this.dsl = dsl;
        this.clock = clock;
        this.tokens = tokens;
    }

    /** Opens a new session (always a new token: one from before the sign-in is never kept) and returns its token. */
    String open(long accountId, String clientAddress) {
        String token = tokens.next();
        OffsetDateTime now = now();
        dsl.insertInto(ACCOUNT_SESSION)
                .set(ACCOUNT_SESSION.TOKEN_HASH, Tokens.hash(token))
                .set(ACCOUNT_SESSION.ACCOUNT_ID, accountId)
                .set(ACCOUNT_SESSION.CSRF_TOKEN, tokens.next())
                .set(ACCOUNT_SESSION.CREATED_AT, now)
                .set(ACCOUNT_SESSION.LAST_SEEN_AT, now)
                .set(ACCOUNT_SESSION.CLIENT_ADDRESS, clientAddress)
                .execute();
        return token;
    }

    /** The live session of a token, marking it seen now. */
    Optional<SignedIn> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        return dsl.update(ACCOUNT_SESSION)
                .set(ACCOUNT_SESSION.LAST_SEEN_AT, now)
                .from(ACCOUNT)
                .where(ACCOUNT_SESSION.TOKEN_HASH.eq(Tokens.hash(token)))
                .and(ACCOUNT.ID.eq(ACCOUNT_SESSION.ACCOUNT_ID))
                .and(ACCOUNT.DISABLED.isFalse())
                .and(ACCOUNT_SESSION.LAST_SEEN_AT.gt(now.minus(IDLE)))
                .returningResult(ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.ROLE, ACCOUNT_SESSION.CSRF_TOKEN)
                .fetchOptional()
                .map(row -> new SignedIn(row.value1(), row.value2(), Role.of(row.value3()), row.value4()));
    }

    void close(String token) {
        if (token != null && !token.isEmpty()) {
            dsl.deleteFrom(ACCOUNT_SESSION).where(ACCOUNT_SESSION.TOKEN_HASH.eq(Tokens.hash(token))).execute();
        }
    }

    /** Removes ended sessions (called at sign-in, so the table does not grow without bound). */
    void sweep() {
        dsl.deleteFrom(ACCOUNT_SESSION).where(ACCOUNT_SESSION.LAST_SEEN_AT.le(now().minus(IDLE))).execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
