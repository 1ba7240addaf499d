-- display_title (V036, V045) is called once per participant row of a report, and as a plain SQL
-- function with subqueries it was planned again at every call and scanned every alias with LIKE:
-- about 15 ms a title, so a quarter with thousands of participants spent minutes in it. The same
-- rules in PL/pgSQL (whose statements are planned once per session), looking up only the title's
-- first words by equality through indexes on the folded names.
CREATE INDEX party_alias_folded_idx ON party_alias (lower(alias));
CREATE INDEX party_folded_name_idx ON party (lower(name));

-- title_case (V045) the same way: an SQL function with an aggregate is planned at every call too.
CREATE OR REPLACE FUNCTION title_case(words text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    cased text[] := '{}';
    word text;
    parts text[];
BEGIN
    IF words IS NULL OR btrim(words) = '' THEN
        RETURN NULL;
    END IF;
    FOREACH word IN ARRAY regexp_split_to_array(btrim(words), '\s+') LOOP
        IF word ~ '^.+[[:upper:]]' THEN   -- NATO, U.S., McCain: as written
            cased := cased || word;
        ELSIF cardinality(cased) > 0 AND lower(word) IN ('a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with') THEN
            cased := cased || lower(word);
        ELSE
            parts := string_to_array(word, '-');
            FOR i IN 1..cardinality(parts) LOOP
                parts[i] := upper(left(parts[i], 1)) || substr(parts[i], 2);
            END LOOP;
            cased := cased || array_to_string(parts, '-');
        END IF;
    END LOOP;
    RETURN array_to_string(cased, ' ');
END
$$;

CREATE OR REPLACE FUNCTION display_title(title text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET plan_cache_mode = force_generic_plan   -- its lookups are planned once per session, not at every call
    AS $$
DECLARE
    t text := regexp_replace(btrim(title), '^(?:then|then-|the)\s+', '', 'i');
    qualifier text;   -- "Acting": it stays, the party after it goes
    words text[];
    prefix text;
BEGIN
    IF t IS NULL OR t = '' THEN
        RETURN NULL;
    END IF;
    qualifier := coalesce((regexp_match(t, '^(acting\s+)', 'i'))[1], '');
    words := regexp_split_to_array(substr(t, length(qualifier) + 1), '\s+');
    -- a nationality adjective, the longest first: "South Korean President"
    FOR k IN REVERSE least(cardinality(words) - 1, 4)..1 LOOP
        prefix := lower(array_to_string(words[1:k], ' '));
        IF EXISTS (SELECT 1 FROM party_alias a WHERE lower(a.alias) = prefix AND a.kind = 'demonym') THEN
            words := words[k + 1:];
            EXIT;
        END IF;
    END LOOP;
    -- a party named before the title: "South Korea's", "EU’s", or an acronym such as "U.S."
    FOR k IN REVERSE least(cardinality(words) - 1, 4)..1 LOOP
        prefix := lower(array_to_string(words[1:k], ' '));
        IF (prefix ~ '[''’]s$' AND (
                EXISTS (SELECT 1 FROM party_alias a WHERE lower(a.alias) = left(prefix, -2) AND a.kind IN ('name', 'abbreviation'))
                OR EXISTS (SELECT 1 FROM party y WHERE lower(y.name) = left(prefix, -2))))
           OR EXISTS (SELECT 1 FROM party_alias a WHERE lower(a.alias) = prefix AND a.kind IN ('name', 'abbreviation') AND a.alias ~ '^[A-Z.]+$')
           OR EXISTS (SELECT 1 FROM party y WHERE lower(y.name) = prefix AND y.name ~ '^[A-Z.]+$') THEN
            words := words[k + 1:];
            EXIT;
        END IF;
    END LOOP;
    t := array_to_string(words, ' ');
    IF lower(t) IN ('', 'counterpart', 'counterparts') THEN
        RETURN NULL;
    END IF;
    RETURN title_case(qualifier || t);
END
$$;
COMMENT ON FUNCTION display_title(text) IS
    'A participation title as reports print it: a leading "then", nationality adjective or party name ("South Korea''s", "U.S.", also after "Acting") dropped, in title case (see title_case); "counterpart" is no title (participation.title keeps what the article said).';
