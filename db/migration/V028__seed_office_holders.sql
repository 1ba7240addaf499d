-- Who held which office when: heads of state and government, foreign and defense ministers of
-- South Korea and its main security partners, the NATO Secretary General and the EU High
-- Representative, for terms overlapping 2019-2025 (and the earlier or later offices of the same
-- people where these place them in another party). These are public facts, not read from any
-- article. Dates are to the day where known, else the first of the month; valid_to is null for a
-- holder still in office. The extractor reads these rows (origin 'reference') to give a person named
-- without country or title the office held on the article's date. Archivists extend the table with
-- SQL, e.g.
--   INSERT INTO office (person_id, party_code, title, valid_from, valid_to, origin)
--   SELECT id, 'JP', 'foreign minister', DATE '2025-10-21', NULL, 'reference' FROM person WHERE name_key = '...';
-- Persons are keyed as the importer keys them (store.NameKeys.person: folded, lower case, words
-- sorted), so that a later import of the same name links to the same person row.

CREATE TEMPORARY TABLE reference_office (
    name        text NOT NULL,
    name_key    text NOT NULL,
    party_code  text NOT NULL,
    title       text NOT NULL,
    valid_from  date NOT NULL,
    valid_to    date
);

INSERT INTO reference_office (name, name_key, party_code, title, valid_from, valid_to) VALUES
    -- South Korea
    ('Moon Jae-in', 'in jae moon', 'KR', 'president', DATE '2017-05-10', DATE '2022-05-09'),
    ('Yoon Suk Yeol', 'suk yeol yoon', 'KR', 'president', DATE '2022-05-10', DATE '2025-04-04'),
    ('Lee Jae-myung', 'jae lee myung', 'KR', 'president', DATE '2025-06-04', NULL),
    ('Lee Nak-yon', 'lee nak yon', 'KR', 'prime minister', DATE '2017-05-31', DATE '2020-01-13'),
    ('Chung Sye-kyun', 'chung kyun sye', 'KR', 'prime minister', DATE '2020-01-14', DATE '2021-05-13'),
    ('Kim Boo-kyum', 'boo kim kyum', 'KR', 'prime minister', DATE '2021-05-14', DATE '2022-05-11'),
    ('Han Duck-soo', 'duck han soo', 'KR', 'prime minister', DATE '2022-05-21', DATE '2025-05-01'),
    ('Kim Min-seok', 'kim min seok', 'KR', 'prime minister', DATE '2025-07-03', NULL),
    ('Kang Kyung-wha', 'kang kyung wha', 'KR', 'foreign minister', DATE '2017-06-18', DATE '2021-02-08'),
    ('Chung Eui-yong', 'chung eui yong', 'KR', 'foreign minister', DATE '2021-02-09', DATE '2022-05-10'),
    ('Park Jin', 'jin park', 'KR', 'foreign minister', DATE '2022-05-12', DATE '2024-01-10'),
    ('Cho Tae-yul', 'cho tae yul', 'KR', 'foreign minister', DATE '2024-01-10', DATE '2025-07-01'),
    ('Cho Hyun', 'cho hyun', 'KR', 'foreign minister', DATE '2025-07-01', NULL),
    ('Jeong Kyeong-doo', 'doo jeong kyeong', 'KR', 'defense minister', DATE '2018-09-21', DATE '2020-09-18'),
    ('Suh Wook', 'suh wook', 'KR', 'defense minister', DATE '2020-09-18', DATE '2022-05-10'),
    ('Lee Jong-sup', 'jong lee sup', 'KR', 'defense minister', DATE '2022-05-10', DATE '2023-10-06'),
    ('Shin Won-sik', 'shin sik won', 'KR', 'defense minister', DATE '2023-10-07', DATE '2024-09-06'),
    ('Kim Yong-hyun', 'hyun kim yong', 'KR', 'defense minister', DATE '2024-09-06', DATE '2024-12-05'),
    ('Ahn Gyu-back', 'ahn back gyu', 'KR', 'defense minister', DATE '2025-07-01', NULL),
    -- United States
    ('Donald Trump', 'donald trump', 'US', 'president', DATE '2017-01-20', DATE '2021-01-20'),
    ('Joe Biden', 'biden joe', 'US', 'president', DATE '2021-01-20', DATE '2025-01-20'),
    ('Donald Trump', 'donald trump', 'US', 'president', DATE '2025-01-20', NULL),
    ('Mike Pompeo', 'mike pompeo', 'US', 'secretary of state', DATE '2018-04-26', DATE '2021-01-20'),
    ('Antony Blinken', 'antony blinken', 'US', 'secretary of state', DATE '2021-01-26', DATE '2025-01-20'),
    ('Marco Rubio', 'marco rubio', 'US', 'secretary of state', DATE '2025-01-21', NULL),
    ('Mark Esper', 'esper mark', 'US', 'secretary of defense', DATE '2019-07-23', DATE '2020-11-09'),
    ('Lloyd Austin', 'austin lloyd', 'US', 'secretary of defense', DATE '2021-01-22', DATE '2025-01-20'),
    ('Pete Hegseth', 'hegseth pete', 'US', 'secretary of defense', DATE '2025-01-25', NULL),
    -- Japan
    ('Naruhito', 'naruhito', 'JP', 'emperor', DATE '2019-05-01', NULL),
    ('Shinzo Abe', 'abe shinzo', 'JP', 'prime minister', DATE '2012-12-26', DATE '2020-09-16'),
    ('Yoshihide Suga', 'suga yoshihide', 'JP', 'prime minister', DATE '2020-09-16', DATE '2021-10-04'),
    ('Fumio Kishida', 'fumio kishida', 'JP', 'prime minister', DATE '2021-10-04', DATE '2024-10-01'),
    ('Shigeru Ishiba', 'ishiba shigeru', 'JP', 'prime minister', DATE '2024-10-01', DATE '2025-10-21'),
    ('Sanae Takaichi', 'sanae takaichi', 'JP', 'prime minister', DATE '2025-10-21', NULL),
    ('Taro Kono', 'kono taro', 'JP', 'foreign minister', DATE '2017-08-03', DATE '2019-09-11'),
    ('Toshimitsu Motegi', 'motegi toshimitsu', 'JP', 'foreign minister', DATE '2019-09-11', DATE '2021-11-10'),
    ('Yoshimasa Hayashi', 'hayashi yoshimasa', 'JP', 'foreign minister', DATE '2021-11-10', DATE '2023-09-13'),
    ('Yoko Kamikawa', 'kamikawa yoko', 'JP', 'foreign minister', DATE '2023-09-13', DATE '2024-10-01'),
    ('Takeshi Iwaya', 'iwaya takeshi', 'JP', 'foreign minister', DATE '2024-10-01', DATE '2025-10-21'),
    ('Toshimitsu Motegi', 'motegi toshimitsu', 'JP', 'foreign minister', DATE '2025-10-21', NULL),
    ('Takeshi Iwaya', 'iwaya takeshi', 'JP', 'defense minister', DATE '2018-10-02', DATE '2019-09-11'),
    ('Taro Kono', 'kono taro', 'JP', 'defense minister', DATE '2019-09-11', DATE '2020-09-16'),
    ('Nobuo Kishi', 'kishi nobuo', 'JP', 'defense minister', DATE '2020-09-16', DATE '2022-08-10'),
    ('Yasukazu Hamada', 'hamada yasukazu', 'JP', 'defense minister', DATE '2022-08-10', DATE '2023-09-13'),
    ('Minoru Kihara', 'kihara minoru', 'JP', 'defense minister', DATE '2023-09-13', DATE '2024-10-01'),
    ('Gen Nakatani', 'gen nakatani', 'JP', 'defense minister', DATE '2024-10-01', DATE '2025-10-21'),
    ('Shinjiro Koizumi', 'koizumi shinjiro', 'JP', 'defense minister', DATE '2025-10-21', NULL),
    -- Australia
    ('Scott Morrison', 'morrison scott', 'AU', 'prime minister', DATE '2018-08-24', DATE '2022-05-23'),
    ('Anthony Albanese', 'albanese anthony', 'AU', 'prime minister', DATE '2022-05-23', NULL),
    ('Marise Payne', 'marise payne', 'AU', 'foreign minister', DATE '2018-08-26', DATE '2022-05-23'),
    ('Penny Wong', 'penny wong', 'AU', 'foreign minister', DATE '2022-05-23', NULL),
    ('Christopher Pyne', 'christopher pyne', 'AU', 'defense minister', DATE '2018-08-28', DATE '2019-05-29'),
    ('Linda Reynolds', 'linda reynolds', 'AU', 'defense minister', DATE '2019-05-29', DATE '2021-03-30'),
    ('Peter Dutton', 'dutton peter', 'AU', 'defense minister', DATE '2021-03-30', DATE '2022-05-23'),
    ('Richard Marles', 'marles richard', 'AU', 'defense minister', DATE '2022-06-01', NULL),
    -- United Kingdom
    ('Charles III', 'charles iii', 'GB', 'king', DATE '2022-09-08', NULL),
    ('Theresa May', 'may theresa', 'GB', 'prime minister', DATE '2016-07-13', DATE '2019-07-24'),
    ('Boris Johnson', 'boris johnson', 'GB', 'prime minister', DATE '2019-07-24', DATE '2022-09-06'),
    ('Liz Truss', 'liz truss', 'GB', 'prime minister', DATE '2022-09-06', DATE '2022-10-25'),
    ('Rishi Sunak', 'rishi sunak', 'GB', 'prime minister', DATE '2022-10-25', DATE '2024-07-05'),
    ('Keir Starmer', 'keir starmer', 'GB', 'prime minister', DATE '2024-07-05', NULL),
    ('Jeremy Hunt', 'hunt jeremy', 'GB', 'foreign secretary', DATE '2018-07-09', DATE '2019-07-24'),
    ('Dominic Raab', 'dominic raab', 'GB', 'foreign secretary', DATE '2019-07-24', DATE '2021-09-15'),
    ('Liz Truss', 'liz truss', 'GB', 'foreign secretary', DATE '2021-09-15', DATE '2022-09-06'),
    ('James Cleverly', 'cleverly james', 'GB', 'foreign secretary', DATE '2022-09-06', DATE '2023-11-13'),
    ('David Cameron', 'cameron david', 'GB', 'foreign secretary', DATE '2023-11-13', DATE '2024-07-05'),
    ('David Lammy', 'david lammy', 'GB', 'foreign secretary', DATE '2024-07-05', DATE '2025-09-05'),
    ('Yvette Cooper', 'cooper yvette', 'GB', 'foreign secretary', DATE '2025-09-05', NULL),
    ('Gavin Williamson', 'gavin williamson', 'GB', 'defence secretary', DATE '2017-11-02', DATE '2019-05-01'),
    ('Penny Mordaunt', 'mordaunt penny', 'GB', 'defence secretary', DATE '2019-05-01', DATE '2019-07-24'),
    ('Ben Wallace', 'ben wallace', 'GB', 'defence secretary', DATE '2019-07-24', DATE '2023-08-31'),
    ('Grant Shapps', 'grant shapps', 'GB', 'defence secretary', DATE '2023-08-31', DATE '2024-07-05'),
    ('John Healey', 'healey john', 'GB', 'defence secretary', DATE '2024-07-05', NULL),
    -- Germany
    ('Frank-Walter Steinmeier', 'frank steinmeier walter', 'DE', 'president', DATE '2017-03-19', NULL),
    ('Angela Merkel', 'angela merkel', 'DE', 'chancellor', DATE '2005-11-22', DATE '2021-12-08'),
    ('Olaf Scholz', 'olaf scholz', 'DE', 'chancellor', DATE '2021-12-08', DATE '2025-05-06'),
    ('Friedrich Merz', 'friedrich merz', 'DE', 'chancellor', DATE '2025-05-06', NULL),
    ('Heiko Maas', 'heiko maas', 'DE', 'foreign minister', DATE '2018-03-14', DATE '2021-12-08'),
    ('Annalena Baerbock', 'annalena baerbock', 'DE', 'foreign minister', DATE '2021-12-08', DATE '2025-05-06'),
    ('Johann Wadephul', 'johann wadephul', 'DE', 'foreign minister', DATE '2025-05-06', NULL),
    ('Ursula von der Leyen', 'der leyen ursula von', 'DE', 'defense minister', DATE '2013-12-17', DATE '2019-07-17'),
    ('Annegret Kramp-Karrenbauer', 'annegret karrenbauer kramp', 'DE', 'defense minister', DATE '2019-07-17', DATE '2021-12-08'),
    ('Christine Lambrecht', 'christine lambrecht', 'DE', 'defense minister', DATE '2021-12-08', DATE '2023-01-19'),
    ('Boris Pistorius', 'boris pistorius', 'DE', 'defense minister', DATE '2023-01-19', NULL),
    -- France
    ('Emmanuel Macron', 'emmanuel macron', 'FR', 'president', DATE '2017-05-14', NULL),
    ('Édouard Philippe', 'edouard philippe', 'FR', 'prime minister', DATE '2017-05-15', DATE '2020-07-03'),
    ('Jean Castex', 'castex jean', 'FR', 'prime minister', DATE '2020-07-03', DATE '2022-05-16'),
    ('Élisabeth Borne', 'borne elisabeth', 'FR', 'prime minister', DATE '2022-05-16', DATE '2024-01-09'),
    ('Gabriel Attal', 'attal gabriel', 'FR', 'prime minister', DATE '2024-01-09', DATE '2024-09-05'),
    ('Michel Barnier', 'barnier michel', 'FR', 'prime minister', DATE '2024-09-05', DATE '2024-12-13'),
    ('François Bayrou', 'bayrou francois', 'FR', 'prime minister', DATE '2024-12-13', DATE '2025-09-09'),
    ('Sébastien Lecornu', 'lecornu sebastien', 'FR', 'prime minister', DATE '2025-09-09', NULL),
    ('Jean-Yves Le Drian', 'drian jean le yves', 'FR', 'foreign minister', DATE '2017-05-17', DATE '2022-05-20'),
    ('Catherine Colonna', 'catherine colonna', 'FR', 'foreign minister', DATE '2022-05-20', DATE '2024-01-11'),
    ('Stéphane Séjourné', 'sejourne stephane', 'FR', 'foreign minister', DATE '2024-01-11', DATE '2024-09-21'),
    ('Jean-Noël Barrot', 'barrot jean noel', 'FR', 'foreign minister', DATE '2024-09-21', NULL),
    ('Florence Parly', 'florence parly', 'FR', 'defense minister', DATE '2017-06-21', DATE '2022-05-20'),
    ('Sébastien Lecornu', 'lecornu sebastien', 'FR', 'defense minister', DATE '2022-05-20', DATE '2025-09-09'),
    -- Canada
    ('Justin Trudeau', 'justin trudeau', 'CA', 'prime minister', DATE '2015-11-04', DATE '2025-03-14'),
    ('Mark Carney', 'carney mark', 'CA', 'prime minister', DATE '2025-03-14', NULL),
    ('Chrystia Freeland', 'chrystia freeland', 'CA', 'foreign minister', DATE '2017-01-10', DATE '2019-11-20'),
    ('François-Philippe Champagne', 'champagne francois philippe', 'CA', 'foreign minister', DATE '2019-11-20', DATE '2021-01-12'),
    ('Marc Garneau', 'garneau marc', 'CA', 'foreign minister', DATE '2021-01-12', DATE '2021-10-26'),
    ('Mélanie Joly', 'joly melanie', 'CA', 'foreign minister', DATE '2021-10-26', DATE '2025-05-13'),
    ('Anita Anand', 'anand anita', 'CA', 'foreign minister', DATE '2025-05-13', NULL),
    ('Harjit Sajjan', 'harjit sajjan', 'CA', 'defense minister', DATE '2015-11-04', DATE '2021-10-26'),
    ('Anita Anand', 'anand anita', 'CA', 'defense minister', DATE '2021-10-26', DATE '2023-07-26'),
    ('Bill Blair', 'bill blair', 'CA', 'defense minister', DATE '2023-07-26', DATE '2025-05-13'),
    ('David McGuinty', 'david mcguinty', 'CA', 'defense minister', DATE '2025-05-13', NULL),
    -- the Philippines
    ('Rodrigo Duterte', 'duterte rodrigo', 'PH', 'president', DATE '2016-06-30', DATE '2022-06-30'),
    ('Ferdinand Marcos Jr.', 'ferdinand jr marcos', 'PH', 'president', DATE '2022-06-30', NULL),
    ('Teodoro Locsin Jr.', 'jr locsin teodoro', 'PH', 'foreign secretary', DATE '2018-10-17', DATE '2022-06-30'),
    ('Enrique Manalo', 'enrique manalo', 'PH', 'foreign secretary', DATE '2022-07-01', DATE '2025-07-01'),
    ('Delfin Lorenzana', 'delfin lorenzana', 'PH', 'defense secretary', DATE '2016-06-30', DATE '2022-06-30'),
    ('Gilberto Teodoro', 'gilberto teodoro', 'PH', 'defense secretary', DATE '2023-06-05', NULL),
    -- NATO and earlier offices of its Secretary General
    ('Jens Stoltenberg', 'jens stoltenberg', 'NATO', 'secretary general', DATE '2014-10-01', DATE '2024-10-01'),
    ('Mark Rutte', 'mark rutte', 'NATO', 'secretary general', DATE '2024-10-01', NULL),
    ('Mark Rutte', 'mark rutte', 'NL', 'prime minister', DATE '2010-10-14', DATE '2024-07-02'),
    -- European Union and earlier offices of its office holders
    ('Federica Mogherini', 'federica mogherini', 'EU', 'high representative', DATE '2014-11-01', DATE '2019-11-30'),
    ('Josep Borrell', 'borrell josep', 'EU', 'high representative', DATE '2019-12-01', DATE '2024-11-30'),
    ('Josep Borrell', 'borrell josep', 'ES', 'foreign minister', DATE '2018-06-07', DATE '2019-11-30'),
    ('Kaja Kallas', 'kaja kallas', 'EU', 'high representative', DATE '2024-12-01', NULL),
    ('Kaja Kallas', 'kaja kallas', 'EE', 'prime minister', DATE '2021-01-26', DATE '2024-07-23'),
    ('Ursula von der Leyen', 'der leyen ursula von', 'EU', 'president', DATE '2019-12-01', NULL)
;

-- A person is found by any of their name keys first, as the importer does; a new one serves the
-- party of their latest office.
INSERT INTO person (name, name_key, country_code)
SELECT DISTINCT ON (r.name_key) r.name, r.name_key, r.party_code
FROM reference_office r
WHERE NOT EXISTS (SELECT 1 FROM person_alias a WHERE a.alias_key = r.name_key)
ORDER BY r.name_key, r.valid_from DESC
ON CONFLICT (name_key) DO UPDATE SET country_code = coalesce(person.country_code, excluded.country_code);

INSERT INTO person_alias (alias_key, person_id, alias)
SELECT DISTINCT p.name_key, p.id, p.name
FROM person p
JOIN reference_office r ON r.name_key = p.name_key
ON CONFLICT (alias_key) DO NOTHING;

INSERT INTO office (person_id, party_code, title, valid_from, valid_to, origin)
SELECT a.person_id, r.party_code, r.title, r.valid_from, r.valid_to, 'reference'
FROM reference_office r
JOIN person_alias a ON a.alias_key = r.name_key
ORDER BY r.party_code, r.title, r.valid_from;

DROP TABLE reference_office;
