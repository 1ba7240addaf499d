-- Titles as a report prints them: what the article says, without the words that only placed it in
-- the sentence. "South Korean President" and "president" are both "President"; "then Defense
-- Minister" is the title held at the time of the meeting, "Defense Minister".
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
    )
    SELECT CASE WHEN t = '' THEN NULL ELSE upper(left(t, 1)) || substr(t, 2) END FROM without_demonym
$$;
COMMENT ON FUNCTION display_title(text) IS
    'A participation title as reports print it: a leading "then" or nationality adjective dropped, the first letter in capitals (participation.title keeps what the article said).';
