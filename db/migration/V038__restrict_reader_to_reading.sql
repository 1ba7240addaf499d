-- dialogues_reader was read-only only through default_transaction_read_only, which any role may
-- turn off for itself (SET, or ALTER ROLE ... SET for its own defaults). Read-only now rests on
-- privileges the reader cannot change: nothing it may run writes anything that outlives its
-- session. Temporary tables stay allowed, so analysts can stage lists of ids.

-- Large objects are stored for good by whoever may create or write them; only the owner of the
-- database (and superusers) keeps that. On a server where the migrating role does not own these
-- catalog functions, PostgreSQL warns and changes nothing: revoke them there as a superuser.
REVOKE EXECUTE ON FUNCTION
    lo_creat(integer),
    lo_create(oid),
    lo_from_bytea(oid, bytea),
    lo_import(text),
    lo_import(text, oid),
    lo_export(oid, text),
    lowrite(integer, bytea),
    lo_put(oid, bigint, bytea),
    lo_truncate(integer, integer),
    lo_truncate64(integer, bigint),
    lo_unlink(oid)
FROM PUBLIC;

-- No new tables, views, functions or schemas anywhere.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM dialogues_reader;
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE ON DATABASE %I FROM PUBLIC, dialogues_reader', current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO dialogues_reader', current_database());
END
$$;

-- Nothing may belong to the reader (an owner can alter and grant what it owns). Needs the
-- privileges of both roles; where the migrating role lacks them, say so and go on.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_class WHERE relowner = 'dialogues_reader'::regrole)
       OR EXISTS (SELECT 1 FROM pg_proc WHERE proowner = 'dialogues_reader'::regrole)
       OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspowner = 'dialogues_reader'::regrole)
       OR EXISTS (SELECT 1 FROM pg_largeobject_metadata WHERE lomowner = 'dialogues_reader'::regrole) THEN
        EXECUTE 'REASSIGN OWNED BY dialogues_reader TO ' || quote_ident(current_user);
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'objects owned by dialogues_reader could not be taken from it: run REASSIGN OWNED BY dialogues_reader TO % as a superuser', current_user;
END
$$;

COMMENT ON ROLE dialogues_reader IS 'Analysts: SELECT on every table and view, temporary tables, nothing persistent to write (no INSERT/UPDATE/DELETE, no CREATE, no large objects); read-only transactions and a 60 s statement timeout by default.';
