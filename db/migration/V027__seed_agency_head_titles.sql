-- Titles of the heads of government agencies (space, aid, energy agencies) as news writes them:
-- "NASA Administrator X", "KASA Administrator Y", "Deputy Administrator Z". Without them the people
-- who sign agency-to-agency statements are not found, and neither is the meeting they held.
-- General knowledge only; no table or column is added, so no COMMENT ON is needed.

INSERT INTO title (name, level_code) VALUES
('administrator', 'vice_minister'),
('deputy administrator', 'senior_official'),
('associate administrator', 'senior_official')
ON CONFLICT DO NOTHING;
