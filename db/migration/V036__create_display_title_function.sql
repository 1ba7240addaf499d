-- Titles as a report prints them: what the article says, without the words that only placed it in
-- the sentence. "South Korean President", "South Korea's President" and "president" are all
-- "President" (the participant's country is shown beside it); "then Defense Minister" is the title
-- held at the time of the meeting, "Defense Minister".
CREATE FUNCTION display_title(title text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH plain AS (
        SELECT regexp_replace(btrim(title), '^(?:then|then-|the)\s+', '', 'i') AS t
    ), without_demonym AS (
        SELECT coalesce((SELECT btrim(substr(p.t, length(a.alias) + 1))
                           FROM party_alias a
                          WHERE a.kind = 'demonym' AND lower(p.t) LIKE lower(a.alias) || ' %'
                          ORDER BY length(a.alias) DESC LIMIT 1), p.t) AS t
          FROM plain p
    ), without_owner AS (
        -- a party named before the title: "South Korea's", "EU's", "U.S."
        SELECT coalesce((SELECT btrim(regexp_replace(substr(d.t, length(n.name) + 1), '^[''’]s\s', ' '))
                           FROM (SELECT a.alias AS name FROM party_alias a WHERE a.kind IN ('name', 'abbreviation')
                                 UNION ALL SELECT y.name FROM party y) n
                          WHERE lower(d.t) LIKE lower(n.name) || '''s %'
                             OR lower(d.t) LIKE lower(n.name) || '’s %'
                             OR (lower(d.t) LIKE lower(n.name) || ' %' AND n.name ~ '^[A-Z.]+$')
                          ORDER BY length(n.name) DESC LIMIT 1), d.t) AS t
          FROM without_demonym d
    )
    SELECT CASE WHEN t = '' THEN NULL ELSE upper(left(t, 1)) || substr(t, 2) END FROM without_owner
$$;
COMMENT ON FUNCTION display_title(text) IS
    'A participation title as reports print it: a leading "then", nationality adjective or party name ("South Korea''s", "U.S.") dropped, the first letter in capitals (participation.title keeps what the article said).';
