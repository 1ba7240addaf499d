-- Titles of office as news writes them that the earlier seeds lack: portfolio nicknames
-- ("foreign policy chief"), hyphenated and chief-of-defence forms, and service heads.
-- General knowledge only; no table or column is added, so no COMMENT ON is needed.

INSERT INTO title (name, level_code) VALUES
('foreign policy chief', 'minister'),
('security chief', 'minister'),
('state councilor', 'minister'),
('minister of defence', 'minister'),
('vice-minister', 'vice_minister'),
('vice-foreign minister', 'vice_minister'),
('vice-defense minister', 'vice_minister'),
('deputy-minister', 'vice_minister'),
('undersecretary of defense', 'vice_minister'),
('chief of defense', 'senior_official'),
('chief of defence', 'senior_official'),
('chief of defence force', 'senior_official'),
('chief of general staff', 'senior_official'),
('army chief', 'senior_official'),
('navy chief', 'senior_official'),
('military chief', 'senior_official'),
('supreme allied commander', 'senior_official'),
('ambassador-at-large', 'senior_official'),
('permanent representative', 'senior_official'),
('head of delegation', 'senior_official'),
('chief negotiator', 'senior_official')
ON CONFLICT DO NOTHING;
