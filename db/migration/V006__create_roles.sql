-- A read-only role for analysts and a writer role for importers. Roles are cluster-wide, so they
-- are created only when missing; grants are per database.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dialogues_reader') THEN
        CREATE ROLE dialogues_reader LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dialogues_writer') THEN
        CREATE ROLE dialogues_writer LOGIN;
    END IF;
END
$$;

-- Analysts' ad-hoc queries must not hold the database hostage.
ALTER ROLE dialogues_reader SET statement_timeout = '60s';
ALTER ROLE dialogues_reader SET default_transaction_read_only = on;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dialogues_reader, dialogues_writer', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO dialogues_reader, dialogues_writer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO dialogues_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dialogues_writer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO dialogues_writer;

-- Tables and views added by later migrations get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO dialogues_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO dialogues_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO dialogues_writer;

COMMENT ON ROLE dialogues_reader IS 'Analysts: SELECT on every table and view, read-only transactions, 60 s statement timeout.';
COMMENT ON ROLE dialogues_writer IS 'Importers: read and write data, no schema changes.';
