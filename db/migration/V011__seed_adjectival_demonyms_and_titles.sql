-- Name forms the participant extractor needs that the country data lacks: adjectives of nationality
-- that differ from the demonym ("Philippine Foreign Secretary", "Kazakh President"), and titles
-- of office as news writes them ("top diplomat", "defense chief", "coordinator").
-- General knowledge only; no table or column is added, so no COMMENT ON is needed.

INSERT INTO party_alias (alias, party_code, kind, case_sensitive) VALUES
('Philippine', 'PH', 'demonym', false),
('Kazakh', 'KZ', 'demonym', false),
('Uzbek', 'UZ', 'demonym', false),
('Kyrgyz', 'KG', 'demonym', false),
('Tajik', 'TJ', 'demonym', false),
('Turkmen', 'TM', 'demonym', false),
('Lao', 'LA', 'demonym', false),
('Azeri', 'AZ', 'demonym', false),
('Scottish', 'GB', 'demonym', false),
('Welsh', 'GB', 'demonym', false)
ON CONFLICT DO NOTHING;

INSERT INTO title (name, level_code) VALUES
('top diplomat', 'minister'),
('chief diplomat', 'minister'),
('defense chief', 'minister'),
('defence chief', 'minister'),
('foreign affairs minister', 'minister'),
('minister for foreign affairs', 'minister'),
('minister for defence', 'minister'),
('minister of defense', 'minister'),
('minister of foreign affairs', 'minister'),
('minister of national defense', 'minister'),
('nuclear envoy', 'senior_official'),
('top nuclear envoy', 'senior_official'),
('deputy national security director', 'vice_minister'),
('national security director', 'minister'),
('first deputy director', 'vice_minister'),
('coordinator', 'senior_official')
ON CONFLICT DO NOTHING;
