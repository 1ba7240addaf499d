-- Series and offices the extractor meets in articles are stored beside the known ones, but they are
-- not reference knowledge: if they were read back as reference data, what is extracted from an
-- article would depend on which articles were imported before it, and re-extraction would not
-- rebuild the same knowledge. Archivists promote a discovered row with
--   UPDATE dialogue_series SET origin = 'reference' WHERE name = '...';

ALTER TABLE dialogue_series
    ADD COLUMN origin text NOT NULL DEFAULT 'reference',
    ADD CONSTRAINT dialogue_series_origin_valid CHECK (origin IN ('reference', 'extracted'));

COMMENT ON COLUMN dialogue_series.origin IS
    'reference: known series (seeded by migrations or added by archivists), read by the extractor; extracted: first met in an article, kept for the knowledge base but not used to read other articles.';

-- Series created by imports before this migration: not seeded by a migration and without any
-- alias (archivists who add a series usually give its short forms too).
UPDATE dialogue_series s
SET origin = 'extracted'
WHERE NOT EXISTS (SELECT 1 FROM series_alias a WHERE a.series_id = s.id)
  AND s.name NOT IN (
      'Korea-U.S. Foreign and Defense Ministers'' Meeting', 'Korea-U.S.-Japan Trilateral Summit',
      'Korea-U.S.-Japan Trilateral Foreign Ministers'' Meeting', 'Korea-Japan Summit',
      'Korea-Japan-China Trilateral Summit', 'Korea-EU Strategic Dialogue', 'Korea-EU Summit',
      'Korea-NATO Policy Consultation', 'NATO Summit', 'G7 Summit', 'Korea-U.S. Civil Space Dialogue',
      'Korea-U.S. Space Policy Dialogue', 'Korea-U.S. Cyber Policy Consultations',
      'Korea-Japan Security Dialogue', 'Korea-China Strategic Dialogue', 'East Asia Summit');

ALTER TABLE office
    ADD COLUMN origin text NOT NULL DEFAULT 'reference',
    ADD CONSTRAINT office_origin_valid CHECK (origin IN ('reference', 'extracted'));

COMMENT ON COLUMN office.origin IS
    'reference: entered by archivists, read by the extractor (so "the foreign minister" of a partner resolves to its holder); extracted: seen in an article, kept for the knowledge base but not used to read other articles.';

-- No migration seeds offices: every row so far was recorded by imports.
UPDATE office SET origin = 'extracted';
