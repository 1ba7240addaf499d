-- Titles as a report prints them, continued (V036): the words of a title in title case, whatever
-- case the article wrote them in ("Deputy minister for national defense policy" is "Deputy Minister
-- for National Defense Policy"), a nationality after "Acting" dropped like one before the title
-- ("Acting U.S. assistant secretary of defense"), and "counterpart", which says who someone met,
-- not what office they hold, printed as no title.
CREATE FUNCTION title_case(words text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(string_agg(
               CASE WHEN w.word ~ '^.+[[:upper:]]' THEN w.word   -- NATO, U.S., McCain: as written
                    WHEN w.n > 1 AND lower(w.word) IN ('a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with')
                        THEN lower(w.word)
                    ELSE (SELECT string_agg(upper(left(p.part, 1)) || substr(p.part, 2), '-' ORDER BY p.k)
                            FROM unnest(string_to_array(w.word, '-')) WITH ORDINALITY AS p(part, k))
               END, ' ' ORDER BY w.n), '')
      FROM unnest(regexp_split_to_array(btrim(words), '\s+')) WITH ORDINALITY AS w(word, n)
$$;
COMMENT ON FUNCTION title_case(text) IS
    'Each word of a title with a capital initial (after a hyphen too), except a, an, and, at, for, in, of, on, or, the, to, with after the first word; a word with a capital past its first letter (NATO, U.S.) stays as written.';

CREATE OR REPLACE FUNCTION display_title(title text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH plain AS (
        SELECT regexp_replace(btrim(title), '^(?:then|then-|the)\s+', '', 'i') AS t
    ), qualified AS (
        -- "Acting U.S. assistant secretary": the qualifier stays, the party after it goes
        SELECT coalesce((regexp_match(p.t, '^(acting\s+)', 'i'))[1], '') AS q,
               regexp_replace(p.t, '^acting\s+', '', 'i') AS t
          FROM plain p
    ), without_demonym AS (
        SELECT q.q, coalesce((SELECT btrim(substr(q.t, length(a.alias) + 1))
                                FROM party_alias a
                               WHERE a.kind = 'demonym' AND lower(q.t) LIKE lower(a.alias) || ' %'
                               ORDER BY length(a.alias) DESC LIMIT 1), q.t) AS t
          FROM qualified q
    ), without_owner AS (
        -- a party named before the title: "South Korea's", "EU's", "U.S."
        SELECT d.q, coalesce((SELECT btrim(regexp_replace(substr(d.t, length(n.name) + 1), '^[''’]s\s', ' '))
                                FROM (SELECT a.alias AS name FROM party_alias a WHERE a.kind IN ('name', 'abbreviation')
                                      UNION ALL SELECT y.name FROM party y) n
                               WHERE lower(d.t) LIKE lower(n.name) || '''s %'
                                  OR lower(d.t) LIKE lower(n.name) || '’s %'
                                  OR (lower(d.t) LIKE lower(n.name) || ' %' AND n.name ~ '^[A-Z.]+$')
                               ORDER BY length(n.name) DESC LIMIT 1), d.t) AS t
          FROM without_demonym d
    )
    SELECT CASE WHEN lower(btrim(t)) IN ('', 'counterpart', 'counterparts') THEN NULL ELSE title_case(q || t) END
      FROM without_owner
$$;
COMMENT ON FUNCTION display_title(text) IS
    'A participation title as reports print it: a leading "then", nationality adjective or party name ("South Korea''s", "U.S.", also after "Acting") dropped, in title case (see title_case); "counterpart" is no title (participation.title keeps what the article said).';
