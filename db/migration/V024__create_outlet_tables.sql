-- News organisations and official sources that publish about Korean security, so that an article's
-- outlet is stored under one canonical name whether it was recognized by the page address, the
-- page's declared site name, or a wire credit in the text ("(Yonhap)", "By ... / Reuters").
-- General knowledge of real organisations; archivists may add more.

CREATE TABLE outlet (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    kind    text NOT NULL,
    CONSTRAINT outlet_name_not_blank CHECK (btrim(name) <> '' AND name = btrim(name)),
    CONSTRAINT outlet_kind_known CHECK (kind IN ('news', 'official'))
);
COMMENT ON TABLE outlet IS 'A news organisation or official source that publishes articles, under its canonical name.';
COMMENT ON COLUMN outlet.id IS 'Surrogate key.';
COMMENT ON COLUMN outlet.name IS 'The canonical name stored in article.outlet, e.g. Yonhap News Agency.';
COMMENT ON COLUMN outlet.kind IS 'news (agencies, papers, broadcasters) or official (ministries, governments, alliances).';

CREATE TABLE outlet_name (
    outlet_id   bigint NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    name        text NOT NULL,
    PRIMARY KEY (outlet_id, name),
    CONSTRAINT outlet_name_form_not_blank CHECK (btrim(name) <> '' AND name = btrim(name))
);
CREATE UNIQUE INDEX outlet_name_one_outlet ON outlet_name (lower(name));
COMMENT ON TABLE outlet_name IS 'Other name forms of an outlet as pages and wire credits write them (Yonhap, AP, 연합뉴스); each names one outlet.';
COMMENT ON COLUMN outlet_name.outlet_id IS 'The outlet this form names.';
COMMENT ON COLUMN outlet_name.name IS 'The name form, matched whole and regardless of case; a leading "The" is optional in matching.';
COMMENT ON INDEX outlet_name_one_outlet IS 'A name form, in any case, names only one outlet.';

CREATE TABLE outlet_domain (
    domain      text PRIMARY KEY,
    outlet_id   bigint NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    CONSTRAINT outlet_domain_is_host CHECK (domain = lower(domain) AND domain ~ '^[a-z0-9-]+(\.[a-z0-9-]+)+$'
        AND domain !~ '^www[0-9]?\.')
);
COMMENT ON TABLE outlet_domain IS 'Web domains of an outlet; a page address on the domain or any subdomain of it (en.yna.co.kr) names the outlet, the most specific domain first.';
COMMENT ON COLUMN outlet_domain.domain IS 'A registered domain or subdomain in lower case, without www.';
COMMENT ON COLUMN outlet_domain.outlet_id IS 'The outlet that publishes on this domain.';

INSERT INTO outlet (name, kind) VALUES
('Yonhap News Agency', 'news'), ('The Korea Herald', 'news'), ('Korea JoongAng Daily', 'news'),
('JoongAng Ilbo', 'news'), ('The Korea Times', 'news'), ('The Chosun Ilbo', 'news'), ('The Dong-A Ilbo', 'news'),
('The Hankyoreh', 'news'), ('Newsis', 'news'), ('News1 Korea', 'news'), ('KBS', 'news'), ('MBC', 'news'),
('SBS', 'news'), ('YTN', 'news'), ('Arirang', 'news'), ('NK News', 'news'),
('NHK', 'news'), ('Kyodo News', 'news'), ('Jiji Press', 'news'), ('Nikkei Asia', 'news'), ('Nikkei', 'news'),
('The Japan Times', 'news'), ('The Asahi Shimbun', 'news'), ('The Yomiuri Shimbun', 'news'), ('The Mainichi', 'news'),
('Reuters', 'news'), ('Associated Press', 'news'), ('Agence France-Presse', 'news'), ('Bloomberg', 'news'),
('BBC News', 'news'), ('CNN', 'news'), ('The New York Times', 'news'), ('The Washington Post', 'news'),
('The Wall Street Journal', 'news'), ('Financial Times', 'news'), ('Voice of America', 'news'),
('Radio Free Asia', 'news'), ('Stars and Stripes', 'news'), ('Defense News', 'news'), ('Breaking Defense', 'news'),
('The Diplomat', 'news'), ('Xinhua News Agency', 'news'), ('Deutsche Welle', 'news'), ('dpa', 'news'),
('Australian Broadcasting Corporation', 'news'), ('Korea.net', 'official'),
('Office of the President of the Republic of Korea', 'official'),
('Republic of Korea Ministry of National Defense', 'official'),
('Republic of Korea Ministry of Foreign Affairs', 'official'),
('U.S. Department of Defense', 'official'), ('U.S. Department of State', 'official'), ('The White House', 'official'),
('U.S. Forces Korea', 'official'), ('Japan Ministry of Defense', 'official'),
('Ministry of Foreign Affairs of Japan', 'official'), ('NATO', 'official'),
('European External Action Service', 'official'), ('German Federal Foreign Office', 'official'),
('Australian Department of Defence', 'official'), ('Australian Department of Foreign Affairs and Trade', 'official');

INSERT INTO outlet_name (outlet_id, name)
SELECT o.id, v.name
FROM (VALUES
    ('Yonhap News Agency', 'Yonhap'), ('Yonhap News Agency', 'Yonhap News'), ('Yonhap News Agency', 'Yonhap News TV'),
    ('Yonhap News Agency', '연합뉴스'), ('Yonhap News Agency', 'Yonhapnews'),
    ('The Korea Herald', 'Korea Herald'), ('The Korea Herald', '코리아헤럴드'),
    ('Korea JoongAng Daily', 'JoongAng Daily'),
    ('JoongAng Ilbo', '중앙일보'),
    ('The Korea Times', 'Korea Times'), ('The Korea Times', '코리아타임스'),
    ('The Chosun Ilbo', 'Chosun Ilbo'), ('The Chosun Ilbo', '조선일보'), ('The Chosun Ilbo', 'Chosun'),
    ('The Dong-A Ilbo', 'Dong-A Ilbo'), ('The Dong-A Ilbo', 'DongA Ilbo'), ('The Dong-A Ilbo', '동아일보'),
    ('The Hankyoreh', 'Hankyoreh'), ('The Hankyoreh', '한겨레'),
    ('Newsis', '뉴시스'), ('News1 Korea', 'News1'), ('News1 Korea', '뉴스1'),
    ('KBS', 'Korean Broadcasting System'), ('KBS', 'KBS World'), ('KBS', 'KBS News'), ('KBS', 'KBS WORLD Radio'),
    ('KBS', '한국방송공사'),
    ('MBC', 'Munhwa Broadcasting Corporation'), ('MBC', 'MBC News'),
    ('SBS', 'Seoul Broadcasting System'), ('SBS', 'SBS News'),
    ('YTN', 'YTN News'),
    ('Arirang', 'Arirang TV'), ('Arirang', 'Arirang News'), ('Arirang', 'Arirang International Broadcasting'),
    ('NHK', 'NHK World'), ('NHK', 'NHK World-Japan'), ('NHK', 'Japan Broadcasting Corporation'),
    ('Kyodo News', 'Kyodo'), ('Kyodo News', '共同通信'), ('Kyodo News', 'Kyodo News Agency'),
    ('Jiji Press', 'Jiji'), ('Jiji Press', '時事通信'),
    ('Nikkei Asia', 'Nikkei Asian Review'),
    ('Nikkei', '日本経済新聞'), ('Nikkei', 'Nihon Keizai Shimbun'),
    ('The Japan Times', 'Japan Times'),
    ('The Asahi Shimbun', 'Asahi Shimbun'), ('The Asahi Shimbun', '朝日新聞'),
    ('The Yomiuri Shimbun', 'Yomiuri Shimbun'), ('The Yomiuri Shimbun', 'Japan News'), ('The Yomiuri Shimbun', '読売新聞'),
    ('The Mainichi', 'Mainichi Shimbun'), ('The Mainichi', '毎日新聞'),
    ('Reuters', 'Thomson Reuters'),
    ('Associated Press', 'AP'), ('Associated Press', 'The AP'),
    ('Agence France-Presse', 'AFP'), ('Agence France-Presse', 'Agence France Presse'),
    ('Bloomberg', 'Bloomberg News'),
    ('BBC News', 'BBC'),
    ('CNN', 'Cable News Network'),
    ('The New York Times', 'New York Times'), ('The New York Times', 'NYT'),
    ('The Washington Post', 'Washington Post'),
    ('The Wall Street Journal', 'Wall Street Journal'), ('The Wall Street Journal', 'WSJ'),
    ('Financial Times', 'FT'),
    ('Voice of America', 'VOA'), ('Voice of America', 'VOA News'),
    ('Radio Free Asia', 'RFA'),
    ('Stars and Stripes', 'Stripes'),
    ('Xinhua News Agency', 'Xinhua'),
    ('Deutsche Welle', 'DW'),
    ('dpa', 'Deutsche Presse-Agentur'),
    ('Australian Broadcasting Corporation', 'ABC News (Australia)'),
    ('Office of the President of the Republic of Korea', 'Office of the President'),
    ('Office of the President of the Republic of Korea', '대통령실'),
    ('Republic of Korea Ministry of National Defense', 'ROK Ministry of National Defense'),
    ('Republic of Korea Ministry of National Defense', '국방부'),
    ('Republic of Korea Ministry of Foreign Affairs', 'ROK Ministry of Foreign Affairs'),
    ('Republic of Korea Ministry of Foreign Affairs', '외교부'),
    ('U.S. Department of Defense', 'Department of Defense'), ('U.S. Department of Defense', 'DOD News'),
    ('U.S. Department of Defense', 'U.S. Department of War'),
    ('U.S. Department of State', 'Department of State'), ('U.S. Department of State', 'State Department'),
    ('The White House', 'White House'),
    ('U.S. Forces Korea', 'USFK'),
    ('Japan Ministry of Defense', 'Ministry of Defense of Japan'), ('Japan Ministry of Defense', '防衛省'),
    ('Ministry of Foreign Affairs of Japan', 'MOFA Japan'), ('Ministry of Foreign Affairs of Japan', '外務省'),
    ('NATO', 'North Atlantic Treaty Organization'),
    ('European External Action Service', 'EEAS'),
    ('German Federal Foreign Office', 'Auswärtiges Amt'),
    ('Australian Department of Defence', 'Department of Defence (Australia)'),
    ('Australian Department of Foreign Affairs and Trade', 'DFAT')
) AS v (outlet, name)
JOIN outlet o ON o.name = v.outlet;

INSERT INTO outlet_domain (outlet_id, domain)
SELECT o.id, v.domain
FROM (VALUES
    ('Yonhap News Agency', 'yna.co.kr'), ('Yonhap News Agency', 'yonhapnews.co.kr'), ('Yonhap News Agency', 'yonhapnewstv.co.kr'),
    ('The Korea Herald', 'koreaherald.com'),
    ('Korea JoongAng Daily', 'koreajoongangdaily.joins.com'), ('JoongAng Ilbo', 'joongang.co.kr'),
    ('JoongAng Ilbo', 'joins.com'),
    ('The Korea Times', 'koreatimes.co.kr'),
    ('The Chosun Ilbo', 'chosun.com'), ('The Dong-A Ilbo', 'donga.com'), ('The Hankyoreh', 'hani.co.kr'),
    ('Newsis', 'newsis.com'), ('News1 Korea', 'news1.kr'),
    ('KBS', 'kbs.co.kr'), ('MBC', 'imbc.com'), ('MBC', 'mbc.co.kr'), ('SBS', 'sbs.co.kr'), ('YTN', 'ytn.co.kr'),
    ('Arirang', 'arirang.com'), ('Arirang', 'arirang.co.kr'), ('NK News', 'nknews.org'),
    ('NHK', 'nhk.or.jp'), ('Kyodo News', 'kyodonews.net'), ('Kyodo News', 'kyodonews.jp'), ('Jiji Press', 'jiji.com'),
    ('Nikkei Asia', 'asia.nikkei.com'), ('Nikkei', 'nikkei.com'),
    ('The Japan Times', 'japantimes.co.jp'), ('The Asahi Shimbun', 'asahi.com'),
    ('The Yomiuri Shimbun', 'yomiuri.co.jp'), ('The Mainichi', 'mainichi.jp'),
    ('Reuters', 'reuters.com'), ('Associated Press', 'apnews.com'), ('Associated Press', 'ap.org'),
    ('Agence France-Presse', 'afp.com'), ('Bloomberg', 'bloomberg.com'),
    ('BBC News', 'bbc.com'), ('BBC News', 'bbc.co.uk'), ('CNN', 'cnn.com'),
    ('The New York Times', 'nytimes.com'), ('The Washington Post', 'washingtonpost.com'),
    ('The Wall Street Journal', 'wsj.com'), ('Financial Times', 'ft.com'),
    ('Voice of America', 'voanews.com'), ('Radio Free Asia', 'rfa.org'), ('Stars and Stripes', 'stripes.com'),
    ('Defense News', 'defensenews.com'), ('Breaking Defense', 'breakingdefense.com'), ('The Diplomat', 'thediplomat.com'),
    ('Xinhua News Agency', 'xinhuanet.com'), ('Xinhua News Agency', 'news.cn'),
    ('Deutsche Welle', 'dw.com'), ('dpa', 'dpa.com'), ('dpa', 'dpa-international.com'),
    ('Australian Broadcasting Corporation', 'abc.net.au'),
    ('Korea.net', 'korea.net'),
    ('Office of the President of the Republic of Korea', 'president.go.kr'),
    ('Republic of Korea Ministry of National Defense', 'mnd.go.kr'),
    ('Republic of Korea Ministry of Foreign Affairs', 'mofa.go.kr'),
    ('U.S. Department of Defense', 'defense.gov'), ('U.S. Department of Defense', 'war.gov'),
    ('U.S. Department of State', 'state.gov'), ('The White House', 'whitehouse.gov'),
    ('U.S. Forces Korea', 'usfk.mil'), ('Japan Ministry of Defense', 'mod.go.jp'),
    ('Ministry of Foreign Affairs of Japan', 'mofa.go.jp'), ('NATO', 'nato.int'),
    ('European External Action Service', 'eeas.europa.eu'), ('German Federal Foreign Office', 'auswaertiges-amt.de'),
    ('Australian Department of Defence', 'defence.gov.au'),
    ('Australian Department of Foreign Affairs and Trade', 'dfat.gov.au')
) AS v (outlet, domain)
JOIN outlet o ON o.name = v.outlet;
