-- A synthetic knowledge base on a freshly migrated database, in set-based SQL, for
-- `dialogues benchmark scale`. Its size is the setting dialogues.articles (SET dialogues.articles
-- = 100000 before running it): that many articles, half as many meetings, twice as many
-- participations, three quarters as many commitments. Every row passes the schema's constraints
-- and triggers; "random" values come from a hash of the row number, so the same size gives the
-- same data. Each "-- step:" line starts a step that the benchmark times and runs as one statement.

-- step: helpers
CREATE FUNCTION pg_temp.u(g bigint, salt integer) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (hashint8(g * 1009 + salt) & 2147483647) / 2147483648.0;
-- step: partners
-- A few dozen partners; pg_temp.partner(floor(36 * u ^ 2)) makes the first ones the most frequent.
CREATE FUNCTION pg_temp.partner(k integer) RETURNS text LANGUAGE sql IMMUTABLE RETURN (ARRAY[
    'US', 'JP', 'CN', 'EU', 'NATO', 'DE', 'AU', 'GB', 'FR', 'CA', 'IN', 'PL', 'IT', 'NL', 'SE', 'NZ', 'PH', 'VN',
    'ID', 'SG', 'TH', 'MY', 'TR', 'ES', 'NO', 'FI', 'DK', 'CZ', 'UA', 'SA', 'AE', 'IL', 'MN', 'KZ', 'UN', 'ASEAN'])[k + 1];
-- step: partner names
CREATE FUNCTION pg_temp.partner_name(k integer) RETURNS text LANGUAGE sql IMMUTABLE RETURN (ARRAY[
    'the United States', 'Japan', 'China', 'the European Union', 'NATO', 'Germany', 'Australia', 'Britain', 'France',
    'Canada', 'India', 'Poland', 'Italy', 'the Netherlands', 'Sweden', 'New Zealand', 'the Philippines', 'Vietnam',
    'Indonesia', 'Singapore', 'Thailand', 'Malaysia', 'Turkey', 'Spain', 'Norway', 'Finland', 'Denmark',
    'the Czech Republic', 'Ukraine', 'Saudi Arabia', 'the United Arab Emirates', 'Israel', 'Mongolia', 'Kazakhstan',
    'the United Nations', 'ASEAN'])[k + 1];
-- step: sizes
CREATE TEMP TABLE syn_size AS
SELECT n AS articles, greatest(1, n / 2) AS meetings, greatest(1, n * 3 / 4) AS commitments,
       least(57600, greatest(50, n / 20)) AS people
  FROM (SELECT current_setting('dialogues.articles')::bigint AS n) s;
-- step: people
CREATE TEMP TABLE syn_seeded AS SELECT coalesce(max(id), 0) AS last_person FROM person;
-- Korean names (family, two syllables) first, then foreign ones (first name, initial, last name);
-- the word lists share no token, so no two names have the same person_key.
INSERT INTO person (name, name_key, country_code)
SELECT name, person_key(name), country
  FROM (SELECT CASE WHEN i < 16000 THEN
                   (ARRAY['Kim','Lee','Park','Choi','Jung','Kang','Cho','Yoon','Jang','Lim','Han','Oh','Seo','Shin','Kwon',
                          'Hwang','Ahn','Song','Yoo','Hong','Jeon','Ko','Moon','Yang','Son','Bae','Baek','Heo','Nam','Shim',
                          'Noh','Ha','Kwak','Sung','Cha','Joo','Woo','Koo','Min','Ryu'])[1 + i % 40]
                   || ' ' || (ARRAY['Tae','Ji','Hyun','Soo','Jae','Dong','Seung','Hye','Eun','Kyung','Sang','Chul','Kwang',
                                    'Myung','Jong','Bo','Gyu','Sun','Mi','Il'])[1 + (i / 40) % 20]
                   || '-' || (ARRAY['yul','ho','jin','won','hee','yeon','hoon','seok','bin','rim','sik','gon','hwan','taek',
                                    'joon','ryeong','gil','mo','duk','su'])[1 + (i / 800) % 20]
               ELSE
                   (ARRAY['John','Mary','Lloyd','Antony','Kurt','Penelope','Yoko','Fumio','Taro','Ursula','Josep','Kaja',
                          'Mark','Jens','Olaf','Annalena','Boris','Marise','Pete','Marco','Emmanuel','Giorgia','Justin',
                          'Melanie','Radoslaw','Wladyslaw','Petr','Jan','Sanae','Yasutoshi','Gen','Hiroshi','Catherine',
                          'Jean','Christopher','Daniel','Kevin','Linda','Rebecca','Shigeru'])[1 + (i - 16000) % 40]
                   || ' ' || chr(65 + ((i - 16000) / 40) % 26) || '. '
                   || (ARRAY['Austin','Blinken','Campbell','Rubio','Hegseth','Wong','Marles','Kamikawa','Kishida','Ishiba',
                             'Iwaya','Nakatani','Kihara','Leyen','Borrell','Kallas','Rutte','Stoltenberg','Scholz','Pistorius',
                             'Baerbock','Wadephul','Macron','Barrot','Lecornu','Meloni','Crosetto','Tajani','Trudeau','Joly',
                             'Sikorski','Kosiniak','Lammy','Healey','Starmer','Albanese','Conroy','Carney','Anand',
                             'McGuinty'])[1 + ((i - 16000) / 1040) % 40]
               END AS name,
               CASE WHEN i < 16000 THEN 'KR' ELSE pg_temp.partner(floor(36 * pg_temp.u(i, 1) ^ 2)::int) END AS country
          FROM syn_size, generate_series(0, people::int - 1) AS i) p
 ORDER BY name
-- The office holders seeded by migrations are people already.
ON CONFLICT (name_key) DO NOTHING;
-- step: person ids
CREATE TEMP TABLE syn_person AS
SELECT row_number() OVER (ORDER BY id) AS n, id, country_code FROM person WHERE id > (SELECT last_person FROM syn_seeded);
ALTER TABLE syn_person ADD PRIMARY KEY (n);
-- step: meeting plan
CREATE TEMP TABLE syn_meeting AS
SELECT g AS id, korea, p1, CASE WHEN NOT korea OR pg_temp.u(g, 3) < 0.2 THEN (p1 + 1 + floor(35 * pg_temp.u(g, 4))::int) % 36 END AS p2,
       start, precision, level
  FROM (SELECT g, pg_temp.u(g, 1) < 0.8 AS korea, floor(36 * pg_temp.u(g, 2) ^ 2)::int AS p1,
               date '2000-01-01' + floor(9862 * pg_temp.u(g, 5))::int AS start,
               CASE WHEN pg_temp.u(g, 6) < 0.85 THEN 'day' WHEN pg_temp.u(g, 6) < 0.95 THEN 'month'
                    WHEN pg_temp.u(g, 6) < 0.99 THEN 'year' ELSE 'unknown' END AS precision,
               1 + floor(6 * pg_temp.u(g, 7) ^ 1.5)::int AS level
          FROM syn_size, generate_series(1, meetings) AS g) m;
ALTER TABLE syn_meeting ADD PRIMARY KEY (id);
-- step: meetings
-- party_codes is written as the meeting_party trigger will find it, so that the trigger has
-- nothing to rewrite (it compares, and writes only what differs).
INSERT INTO meeting (id, natural_key, name, start_date, end_date, date_precision, city, country_code, status, level_code, party_codes)
OVERRIDING SYSTEM VALUE
SELECT id, 'synthetic/meeting/' || id,
       CASE WHEN korea THEN 'Korea-' ELSE '' END || initcap(pg_temp.partner_name(p1))
       || coalesce('-' || initcap(pg_temp.partner_name(p2)), '') || ' '
       || (ARRAY['summit', 'foreign ministers'' meeting', 'defense ministers'' talks', 'vice-ministerial strategic dialogue',
                 'security policy consultation', 'working group on space policy', 'cyber policy consultation',
                 'expert meeting on economic security'])[level + CASE WHEN level >= 5 THEN (id % 3)::int ELSE 0 END],
       CASE precision WHEN 'day' THEN start WHEN 'month' THEN date_trunc('month', start)::date
                      WHEN 'year' THEN date_trunc('year', start)::date END,
       CASE WHEN precision = 'day' AND pg_temp.u(id, 8) < 0.3 THEN start + 1 + floor(2 * pg_temp.u(id, 9))::int END,
       precision,
       CASE WHEN korea AND id % 2 = 0 THEN (ARRAY['Seoul', 'Busan', 'Jeju'])[1 + (id / 2 % 3)::int] END,
       CASE WHEN korea AND id % 2 = 0 THEN 'KR' WHEN id % 3 = 0 THEN pg_temp.partner(p1) END,
       CASE WHEN precision <> 'unknown' AND start > date '2026-12-02' THEN 'planned'
            WHEN pg_temp.u(id, 10) < 0.93 THEN 'held' WHEN pg_temp.u(id, 10) < 0.97 THEN 'planned' ELSE 'cancelled' END,
       (ARRAY['leader', 'minister', 'minister', 'vice_minister', 'senior_official', 'working_level', 'expert'])[level],
       ARRAY(SELECT code FROM unnest(ARRAY[CASE WHEN korea THEN 'KR' END, pg_temp.partner(p1), pg_temp.partner(p2)]) AS code
              WHERE code IS NOT NULL ORDER BY code)
  FROM syn_meeting
  -- Organizations (EU, NATO, UN, ASEAN) host nothing here: country_code names a state.
 WHERE true;
-- step: meeting parties
INSERT INTO meeting_party (meeting_id, party_code)
SELECT id, 'KR' FROM syn_meeting WHERE korea
UNION ALL SELECT id, pg_temp.partner(p1) FROM syn_meeting
UNION ALL SELECT id, pg_temp.partner(p2) FROM syn_meeting WHERE p2 IS NOT NULL;
-- step: meeting topics
INSERT INTO meeting_topic (meeting_id, topic_code)
SELECT DISTINCT id, (ARRAY['defense', 'space', 'cyber', 'nuclear', 'missile', 'maritime', 'diplomacy', 'economic_security',
                           'technology', 'industry', 'intelligence', 'arms_control'])[1 + floor(12 * pg_temp.u(id * 2 + k, 11) ^ 1.5)::int]
  FROM syn_meeting, generate_series(0, 1) AS k;
-- step: participations
INSERT INTO participation (meeting_id, person_id, title, country_code, level_code)
SELECT m.id, p.id, (ARRAY['President', 'Foreign Minister', 'Defense Minister', 'Vice Foreign Minister', 'Deputy Minister for Policy',
                          'Director General', 'Ambassador'])[1 + ((m.id + j) % 7)::int],
       p.country_code, (ARRAY['leader', 'minister', 'minister', 'vice_minister', 'vice_minister', 'senior_official', 'senior_official'])[1 + ((m.id + j) % 7)::int]
  FROM syn_meeting m CROSS JOIN generate_series(1, 4) AS j CROSS JOIN (SELECT count(*) AS people FROM syn_person) s
  JOIN syn_person p ON p.n = 1 + floor(s.people * pg_temp.u(m.id * 4 + j, 12) ^ 1.5)::bigint
ON CONFLICT (meeting_id, person_id) DO NOTHING;
-- step: commitments
INSERT INTO commitment (id, natural_key, meeting_id, kind, text, status, party_codes)
OVERRIDING SYSTEM VALUE
SELECT g, 'synthetic/commitment/' || g, c.meeting_id, c.kind, c.text, c.status,
       coalesce(m.party_codes, ARRAY(SELECT code FROM unnest(ARRAY['KR', pg_temp.partner(floor(36 * pg_temp.u(g, 16) ^ 2)::int)]) AS code ORDER BY code))
  FROM (
SELECT g, CASE WHEN pg_temp.u(g, 13) < 0.9 THEN 1 + floor(s.meetings * pg_temp.u(g, 14))::bigint END AS meeting_id,
       (ARRAY['agree', 'reaffirm', 'pledge', 'plan', 'decide'])[1 + (g % 5)::int] AS kind,
       (ARRAY['hold the next round of talks in Seoul', 'expand combined exercises', 'share missile warning data in real time',
              'cooperate on satellite navigation', 'strengthen supply chains for critical minerals', 'launch a joint space situational awareness project',
              'counter cyberattacks on critical infrastructure', 'deepen defense industry cooperation', 'work toward the complete denuclearization of North Korea',
              'set up a working group on economic security'])[1 + ((g / 5) % 10)::int] || ' (item ' || g || ')' AS text,
       CASE WHEN pg_temp.u(g, 15) < 0.65 THEN 'open' WHEN pg_temp.u(g, 15) < 0.93 THEN 'fulfilled' ELSE 'superseded' END AS status
  FROM syn_size s, generate_series(1, s.commitments) AS g) c
  LEFT JOIN meeting m ON m.id = c.meeting_id;
-- step: commitment parties
INSERT INTO commitment_party (commitment_id, party_code)
SELECT c.id, mp.party_code FROM commitment c JOIN meeting_party mp ON mp.meeting_id = c.meeting_id
UNION ALL
SELECT c.id, code FROM commitment c CROSS JOIN LATERAL unnest(c.party_codes) AS code
 WHERE c.meeting_id IS NULL;
-- step: article plan
-- Articles 1..meetings each report their meeting, except every fifth, from which nothing was
-- extracted (one article in ten); later ones report meeting (id - meetings) again. A meeting's
-- participants and commitments are told by its first article with findings. The first sentence
-- reports the meeting, the second its participants and commitments; about a dozen follow.
CREATE TEMP TABLE syn_article AS
SELECT a.g AS id, m.id AS meeting_id,
       a.g > s.meetings OR a.g % 5 <> 0 AS findings,
       format('SEOUL, %s (Yonhap) -- South Korea and %s held the %s on %s, officials said in archive report %s.',
              to_char(coalesce(mm.start_date, date '2020-01-01'), 'FMMonth FMDD'), pg_temp.partner_name(m.p1),
              mm.name, to_char(coalesce(mm.start_date, date '2020-01-01'), 'FMMonth FMDD, YYYY'), a.g) AS lead,
       format('Delegations of the two sides agreed to deepen %s cooperation and to meet again, according to a joint statement released after the talks.',
              (ARRAY['defense', 'space', 'cyber', 'maritime security', 'economic security', 'technology'])[1 + (a.g % 6)::int]) AS second,
       coalesce(mm.start_date, date '2000-01-01' + (a.g % 9862)::int) AS published
  FROM syn_size s CROSS JOIN generate_series(1, s.articles) AS a(g)
  JOIN syn_meeting m ON m.id = CASE WHEN a.g <= s.meetings THEN a.g ELSE 1 + (a.g - 1) % s.meetings END
  JOIN meeting mm ON mm.id = m.id;
ALTER TABLE syn_article ADD PRIMARY KEY (id);
-- step: set aside article indexes
-- Building the full-text index once after the load is much faster than growing it row by row.
CREATE TEMP TABLE syn_index AS
SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
  FROM pg_index WHERE indrelid = 'article'::regclass AND NOT indisprimary AND NOT indisunique;
DO $$ DECLARE i record; BEGIN FOR i IN SELECT name FROM syn_index LOOP EXECUTE 'DROP INDEX ' || i.name; END LOOP; END $$;
-- step: articles
INSERT INTO article (id, sha256, original, original_encoding, media_type, text, title, outlet, url, published, published_precision)
OVERRIDING SYSTEM VALUE
SELECT id, encode(sha256(convert_to(text, 'UTF8')), 'hex'), convert_to(text, 'UTF8'), 'UTF-8', 'text/plain', text,
       title, outlet, 'https://news.example.org/' || id, published, 'day'
  FROM (SELECT a.id, a.published,
               a.lead || ' ' || a.second || ' '
                   -- A named initiative (400 of them, evenly spread) gives phrase searches a selective target.
                   || format('The talks also covered the %s %s initiative. ',
                             (ARRAY['Azure', 'Crimson', 'Silver', 'Golden', 'Northern', 'Southern', 'Eastern', 'Western', 'Iron', 'Jade',
                                    'Amber', 'Cobalt', 'Scarlet', 'Ivory', 'Onyx', 'Coral', 'Emerald', 'Granite', 'Obsidian', 'Sapphire'])[1 + (a.id % 20)::int],
                             (ARRAY['Falcon', 'Harbor', 'Meridian', 'Beacon', 'Lantern', 'Compass', 'Anchor', 'Arrow', 'Bridge', 'Citadel',
                                    'Horizon', 'Keystone', 'Lighthouse', 'Orchard', 'Pinnacle', 'Quarry', 'Rampart', 'Sentinel', 'Trident',
                                    'Vanguard'])[1 + ((a.id / 20 + a.id / 400) % 20)::int])
                   || array_to_string(ARRAY(
                   SELECT pool[1 + floor(array_length(pool, 1) * pg_temp.u(a.id * 16 + j, 17) ^ 1.3)::int]
                     FROM generate_series(1, 12) AS j), ' ') AS text,
               'Seoul and partners talk ' || (ARRAY['security', 'space', 'cyber', 'defense', 'trade', 'nuclear'])[1 + (a.id % 6)::int]
                   || ' (' || a.id || ')' AS title,
               (ARRAY['Yonhap', 'The Korea Herald', 'The Korea Times', 'Reuters', 'Ministry of National Defense', 'Ministry of Foreign Affairs'])[1 + (a.id % 6)::int] AS outlet
          FROM syn_article a CROSS JOIN (SELECT ARRAY[
              'The two countries reaffirmed their commitment to a rules-based order in the Indo-Pacific and to close trilateral security cooperation.',
              'Officials discussed North Korea''s ballistic missile launches and the need for a firm and united response from the international community.',
              'The ministers welcomed progress in combined exercises and pledged to strengthen extended deterrence against nuclear threats.',
              'Both sides agreed to expand cooperation on satellite navigation, lunar exploration and space situational awareness.',
              'The delegations reviewed joint efforts against cyberattacks, ransomware and the theft of cryptocurrency by state-backed hackers.',
              'They also talked about supply chains for semiconductors, batteries and critical minerals, and about export controls.',
              'The talks covered maritime security in the East Sea and the South China Sea and freedom of navigation.',
              'Defense industry cooperation, including joint development and production of weapons systems, was high on the agenda.',
              'The vice ministers noted that the strategic partnership has grown steadily since the dialogue was launched.',
              'Experts from both governments will meet next month to prepare concrete projects for the next round of talks.',
              'A senior official said the meeting was held in a constructive atmosphere and that differences were narrowed.',
              'The two sides shared assessments of the security situation on the Korean Peninsula and in the wider region.',
              'They condemned Russia''s war against Ukraine and military cooperation between Pyongyang and Moscow.',
              'Officials pledged to enhance intelligence sharing and to hold regular consultations at the working level.',
              'Artificial intelligence, quantum technology and unmanned systems were named as areas for future research together.',
              'The foreign ministers agreed to coordinate closely at the United Nations Security Council on sanctions enforcement.',
              'Cooperation on shipbuilding and the maintenance, repair and overhaul of naval vessels was also discussed.',
              'The meeting was the first of its kind in three years after the talks were suspended during the pandemic.',
              'Both delegations emphasized the importance of people-to-people exchanges and of cooperation between think tanks.',
              'The launch of a small reconnaissance satellite by a domestic rocket was cited as an example of growing capabilities.',
              'A hypersonic glide vehicle test by North Korea earlier this year drew particular concern from both sides.',
              'The officials agreed to launch a new consultation channel on economic security and technology protection.',
              'Participants discussed nonproliferation, arms control and the peaceful use of nuclear energy.',
              'A joint press release said the partners would continue to work toward the complete denuclearization of North Korea.'
          ] AS pool) p) t;
-- step: article indexes
DO $$ DECLARE i record; BEGIN FOR i IN SELECT definition FROM syn_index LOOP EXECUTE i.definition; END LOOP; END $$;
-- step: meeting evidence
INSERT INTO meeting_evidence (meeting_id, article_id, sentence_start, sentence_end, role, confidence)
SELECT a.meeting_id, a.id, 0, length(a.lead), CASE WHEN m.status = 'planned' THEN 'announcement' ELSE 'report' END,
       0.6 + 0.4 * pg_temp.u(a.id, 18)
  FROM syn_article a JOIN meeting m ON m.id = a.meeting_id
 WHERE a.findings;
-- step: participation evidence
INSERT INTO participation_evidence (participation_id, article_id, sentence_start, sentence_end, confidence)
SELECT pa.id, a.id, length(a.lead) + 1, length(a.lead) + 1 + length(a.second), 0.5 + 0.5 * pg_temp.u(pa.id, 19)
  FROM participation pa CROSS JOIN syn_size s
  JOIN syn_article a ON a.id = CASE WHEN pa.meeting_id % 5 = 0 THEN pa.meeting_id + s.meetings ELSE pa.meeting_id END;
-- step: commitment evidence
INSERT INTO commitment_evidence (commitment_id, article_id, sentence_start, sentence_end, confidence)
SELECT c.id, a.id, length(a.lead) + 1, length(a.lead) + 1 + length(a.second), 0.5 + 0.5 * pg_temp.u(c.id, 20)
  FROM commitment c CROSS JOIN syn_size s
  JOIN syn_article a ON a.id = coalesce(CASE WHEN c.meeting_id % 5 = 0 THEN c.meeting_id + s.meetings ELSE c.meeting_id END,
                                        s.meetings + 1 + c.id % s.meetings);
-- step: identities
SELECT setval(pg_get_serial_sequence('meeting', 'id'), (SELECT max(id) FROM meeting)),
       setval(pg_get_serial_sequence('commitment', 'id'), (SELECT max(id) FROM commitment)),
       setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article));
-- step: analyze
ANALYZE;
