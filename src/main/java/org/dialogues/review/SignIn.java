package org.dialogues.review;

import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.dialogues.database.schema.Tables.ACCOUNT;
import static org.dialogues.database.schema.Tables.LOGIN_ATTEMPT;
import static org.jooq.impl.DSL.count;

/**
 * Checking a name and password, rate-limited: after {@link Limits#perAccount} failures for one name,
 * or {@link Limits#perAddress} from one address, within {@link Limits#window}, further attempts are
 * refused until the window has passed, even with the right password.
 */
final class SignIn {

    /** How many failures are tolerated, and for how long they count. */
    record Limits(int perAccount, int perAddress, Duration window) {
        static Limits defaults() {
            return new Limits(5, 20, Duration.ofMinutes(15));
        }
    }

    /** The outcome of one attempt. */
    sealed interface Outcome permits Accepted, Refused, Throttled {}

    record Accepted(long accountId) implements Outcome {}

    record Refused() implements Outcome {}

    /** Too many failures: try again at {@code retryAt}. */
    record Throttled(Instant retryAt) implements Outcome {}

    private static final int LONGEST_NAME = 100;

    private final DSLContext dsl;
    private final Clock clock;
    private final Limits limits;

    SignIn(DSLContext dsl, Clock clock, Limits limits) {
        this.dsl = dsl;
        this.clock = clock;
        this.limits = limits;
    }

    Outcome attempt(String name, String password, String clientAddress) {
        String typed = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        typed = typed.length() > LONGEST_NAME ? typed.substring(0, LONGEST_NAME) : typed;
        Instant now = clock.instant();
        Optional<Instant> blocked = blockedUntil(typed, clientAddress, now);
        if (blocked.isPresent()) {
            return new Throttled(blocked.get());
        }
        Optional<Long> accepted = check(typed, password == null ? "" : password);
        record(typed, clientAddress, now, accepted.isPresent());
        return accepted.<Outcome>map(Accepted::new).orElseGet(Refused::new);
    }

    private Optional<Long> check(String name, String password) {
        if (password.length() > Passwords.MAXIMUM_LENGTH) {
            return Optional.empty();
        }
        var account = dsl.select(ACCOUNT.ID, ACCOUNT.PASSWORD_HASH, ACCOUNT.DISABLED).from(ACCOUNT)
                .where(ACCOUNT.NAME.eq(name)).fetchOptional();
        if (account.isEmpty()) {
            Passwords.checkDecoy(password);
            return Optional.empty();
        }
        boolean right = Passwords.matches(password, account.get().value2());
        return right && !account.get().value3() ? Optional.of(account.get().value1()) : Optional.empty();
    }

    /** When attempts for this name or from this address are allowed again, if they are not now. */
    private Optional<Instant> blockedUntil(String name, String clientAddress, Instant now) {
        Optional<Instant> byName = blockedUntil(LOGIN_ATTEMPT.ACCOUNT_NAME, name, limits.perAccount(), now);
        Optional<Instant> byAddress = blockedUntil(LOGIN_ATTEMPT.CLIENT_ADDRESS, clientAddress, limits.perAddress(), now);
        if (byName.isPresent() && byAddress.isPresent()) {
            return Optional.of(byName.get().isAfter(byAddress.get()) ? byName.get() : byAddress.get());
        }
        return byName.isPresent() ? byName : byAddress;
    }

    private Optional<Instant> blockedUntil(Field<String> by, String value, int allowed, Instant now) {
        OffsetDateTime since = OffsetDateTime.ofInstant(now.minus(limits.window()), ZoneOffset.UTC);
        var failures = dsl.select(count(), org.jooq.impl.DSL.max(LOGIN_ATTEMPT.AT)).from(LOGIN_ATTEMPT)
                .where(by.eq(value)).and(LOGIN_ATTEMPT.AT.gt(since)).and(LOGIN_ATTEMPT.SUCCEEDED.isFalse())
                .fetchOne();
        if (failures == null || failures.value1() < allowed) {
            return Optional.empty();
        }
        return Optional.of(failures.value2().toInstant().plus(limits.window()));
    }

    private void record(String name, String clientAddress, Instant at, boolean succeeded) {
        dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .set(LOGIN_ATTEMPT.ACCOUNT_NAME, name)
                .set(LOGIN_ATTEMPT.CLIENT_ADDRESS, clientAddress)
                .set(LOGIN_ATTEMPT.SUCCEEDED, succeeded)
                .execute();
    }
}
