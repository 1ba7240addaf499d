-- Accounts of the review workbench (bin/dialogues review): who may sign in, their sessions and the
-- sign-in attempts that rate-limit password guessing. Password hashes and session tokens are
-- secrets: the analysts' read-only role, which V006 lets read every new table, loses these.

CREATE TABLE account (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    role            text NOT NULL,
    password_hash   text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    password_set_at timestamptz NOT NULL DEFAULT now(),
    disabled        boolean NOT NULL DEFAULT false,
    CONSTRAINT account_name_well_formed CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
    CONSTRAINT account_role_valid CHECK (role IN ('archivist', 'viewer')),
    CONSTRAINT account_hash_is_argon2id CHECK (password_hash LIKE '$argon2id$%')
);
COMMENT ON TABLE account IS 'A person who may sign in to the review workbench. Created with bin/dialogues user add; never deleted, only disabled, so the audit trail keeps naming them.';
COMMENT ON COLUMN account.id IS 'Surrogate key.';
COMMENT ON COLUMN account.name IS 'Sign-in name (lower case letters, digits, dot, dash, underscore); recorded as the actor of curation events.';
COMMENT ON COLUMN account.role IS 'archivist: may read and change facts; viewer: may read everything and change nothing.';
COMMENT ON COLUMN account.password_hash IS 'Argon2id hash of the password in PHC string form ($argon2id$v=19$m=...,t=...,p=...$salt$hash); the password itself is never stored.';
COMMENT ON COLUMN account.created_at IS 'When the account was created.';
COMMENT ON COLUMN account.password_set_at IS 'When the password was last set (setting it ends the account''s sessions).';
COMMENT ON COLUMN account.disabled IS 'A disabled account cannot sign in and its sessions end.';

CREATE TABLE account_session (
    token_hash      text PRIMARY KEY,
    account_id      bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf_token      text NOT NULL,
    created_at      timestamptz NOT NULL,
    last_seen_at    timestamptz NOT NULL,
    client_address  text NOT NULL,
    CONSTRAINT account_session_hash_well_formed CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT account_session_seen_after_created CHECK (last_seen_at >= created_at)
);
CREATE INDEX account_session_account_idx ON account_session (account_id);
COMMENT ON TABLE account_session IS 'A signed-in browser session of the review workbench. Kept in the database so that a restart does not sign everyone out and disabling an account ends its sessions at once.';
COMMENT ON COLUMN account_session.token_hash IS 'SHA-256 (hex) of the session cookie''s value; the value itself is only in the browser.';
COMMENT ON COLUMN account_session.account_id IS 'The signed-in account.';
COMMENT ON COLUMN account_session.csrf_token IS 'The token every form of this session must send back; a POST without it is refused.';
COMMENT ON COLUMN account_session.created_at IS 'When the session was opened (at sign-in).';
COMMENT ON COLUMN account_session.last_seen_at IS 'The last request of the session; a session idle for 8 hours has ended.';
COMMENT ON COLUMN account_session.client_address IS 'The address the session signed in from.';

CREATE TABLE login_attempt (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    account_name    text NOT NULL,
    client_address  text NOT NULL,
    succeeded       boolean NOT NULL
);
CREATE INDEX login_attempt_name_idx ON login_attempt (account_name, at);
CREATE INDEX login_attempt_address_idx ON login_attempt (client_address, at);
COMMENT ON TABLE login_attempt IS 'Every sign-in attempt to the review workbench. Recent failures for one name or from one address make the workbench refuse further attempts for a while.';
COMMENT ON COLUMN login_attempt.id IS 'Surrogate key.';
COMMENT ON COLUMN login_attempt.at IS 'When the attempt was made.';
COMMENT ON COLUMN login_attempt.account_name IS 'The name typed (it may name no account; the password typed is never stored).';
COMMENT ON COLUMN login_attempt.client_address IS 'The address the attempt came from, as the server saw it.';
COMMENT ON COLUMN login_attempt.succeeded IS 'Whether the password was right and the account enabled.';

-- V006's default privileges gave dialogues_reader SELECT on these tables: take it back.
REVOKE SELECT ON account, account_session, login_attempt FROM dialogues_reader;
