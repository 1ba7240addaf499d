-- Series whose editions are numbered strictly one a year: the number of an edition gives its year
-- ("the 56th SCM" is held in 2024) when the article does not date it. Only series whose yearly
-- numbering is certain are filled in, from the first edition it is sure for.

ALTER TABLE dialogue_series
    ADD COLUMN annual_since_edition integer,
    ADD COLUMN annual_since_year integer,
    ADD CONSTRAINT dialogue_series_annual_complete
        CHECK ((annual_since_edition IS NULL) = (annual_since_year IS NULL)),
    ADD CONSTRAINT dialogue_series_annual_valid
        CHECK (annual_since_edition >= 1 AND annual_since_year >= 1900);

COMMENT ON COLUMN dialogue_series.annual_since_edition IS
    'For series numbered one edition a year: an edition from which the numbering is known to be yearly; NULL when it is not (or not known to be).';
COMMENT ON COLUMN dialogue_series.annual_since_year IS
    'The year edition annual_since_edition was held; edition n (n >= annual_since_edition) is held in annual_since_year + n - annual_since_edition.';

INSERT INTO dialogue_series (name, acronym, kind) VALUES ('East Asia Summit', 'EAS', 'summit')
ON CONFLICT (name) DO NOTHING;

INSERT INTO series_alias (alias, series_id)
SELECT 'EAS', id FROM dialogue_series WHERE name = 'East Asia Summit'
ON CONFLICT (alias) DO NOTHING;

-- SCM: 50th 2018 (Washington), 51st 2019, 52nd 2020, 53rd 2021, 54th 2022, 55th 2023 (Seoul), 56th 2024 (Washington)
UPDATE dialogue_series SET annual_since_edition = 50, annual_since_year = 2018
WHERE name = 'Korea-U.S. Security Consultative Meeting';

-- G7 summits: 45th Biarritz 2019, 46th 2020 (U.S. presidency, held virtually), 47th Cornwall 2021,
-- 48th Elmau 2022, 49th Hiroshima 2023, 50th Apulia 2024
UPDATE dialogue_series SET annual_since_edition = 45, annual_since_year = 2019
WHERE name = 'G7 Summit';

-- East Asia Summit: yearly since the 5th (Hanoi 2010) after the 4th moved from 2008 to 2009;
-- 14th Bangkok 2019, 17th Phnom Penh 2022, 18th Jakarta 2023, 19th Vientiane 2024
UPDATE dialogue_series SET annual_since_edition = 14, annual_since_year = 2019
WHERE name = 'East Asia Summit';
