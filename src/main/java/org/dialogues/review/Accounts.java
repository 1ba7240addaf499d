package org.dialogues.review;

import org.jooq.DSLContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import static org.dialogues.database.schema.Tables.ACCOUNT;
import static org.dialogues.database.schema.Tables.ACCOUNT_SESSION;

/** The use cases of {@code dialogues user}: add, list, disable an account, set its password. */
public final class Accounts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    private final DSLContext dsl;
    private final Clock clock;

    public Accounts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Account add(String name, Role role, char[] password) {
        checkName(name);
        String hash = Passwords.hash(password);
        OffsetDateTime now = now();
        return dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.NAME, name)
                .set(ACCOUNT.ROLE, role.code())
                .set(ACCOUNT.PASSWORD_HASH, hash)
                .set(ACCOUNT.CREATED_AT, now)
                .set(ACCOUNT.PASSWORD_SET_AT, now)
                .onConflict(ACCOUNT.NAME).doNothing()
                .returning(ACCOUNT.ID)
                .fetchOptional()
                .map(row -> new Account(row.getId(), name, role, now.toInstant(), false))
                .orElseThrow(() -> new AccountException("user " + name + " exists already; use 'user password " + name + "' to set a new password"));
    }

    public List<Account> list() {
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.ROLE, ACCOUNT.CREATED_AT, ACCOUNT.DISABLED)
                .from(ACCOUNT)
                .orderBy(ACCOUNT.NAME)
                .fetch(row -> new Account(row.value1(), row.value2(), Role.of(row.value3()), row.value4().toInstant(), row.value5()));
    }

    /** Disables the account and ends its sessions in one transaction. */
    public void disable(String name) {
        dsl.transaction(tx -> {
            long id = idOf(tx.dsl(), name);
            tx.dsl().update(ACCOUNT).set(ACCOUNT.DISABLED, true).where(ACCOUNT.ID.eq(id)).execute();
            tx.dsl().deleteFrom(ACCOUNT_SESSION).where(ACCOUNT_SESSION.ACCOUNT_ID.eq(id)).execute();
        });
    }

    /** Sets a new password (enabling the account again) and ends the account's sessions. */
    public void setPassword(String name, char[] password) {
        String hash = Passwords.hash(password);
        dsl.transaction(tx -> {
            long id = idOf(tx.dsl(), name);
            tx.dsl().update(ACCOUNT)
                    .set(ACCOUNT.PASSWORD_HASH, hash)
                    .set(ACCOUNT.PASSWORD_SET_AT, now())
                    .set(ACCOUNT.DISABLED, false)
                    .where(ACCOUNT.ID.eq(id)).execute();
            tx.dsl().deleteFrom(ACCOUNT_SESSION).where(ACCOUNT_SESSION.ACCOUNT_ID.eq(id)).execute();
        });
    }

    static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new AccountException("user name: '" + name + "' must be 1 to 40 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
    }

    private static long idOf(DSLContext dsl, String name) {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.NAME.eq(name)).fetchOptional(ACCOUNT.ID)
                .orElseThrow(() -> new AccountException("no user " + name + "; 'user list' shows the accounts"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
