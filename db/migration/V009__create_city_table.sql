-- Well-known cities where dialogues meet, so that a place resolves to its country. Capitals come
-- from party.capital; this table adds other cities (and capitals under their everyday names).

CREATE TABLE city (
    name            text NOT NULL,
    country_code    text NOT NULL REFERENCES party (code) ON UPDATE CASCADE ON DELETE CASCADE,
    PRIMARY KEY (name, country_code),
    CONSTRAINT city_name_not_blank CHECK (btrim(name) <> '')
);
COMMENT ON TABLE city IS 'Cities news names as venues of meetings, with their country; complements party.capital.';
COMMENT ON COLUMN city.name IS 'The city as news writes it, e.g. Busan, Honolulu, Geneva.';
COMMENT ON COLUMN city.country_code IS 'The state the city lies in.';

INSERT INTO city (name, country_code) VALUES
('Washington', 'US'), ('New York', 'US'), ('Honolulu', 'US'), ('San Francisco', 'US'),
('Los Angeles', 'US'), ('Camp David', 'US'), ('Colorado Springs', 'US'), ('Annapolis', 'US'),
('Busan', 'KR'), ('Jeju', 'KR'), ('Incheon', 'KR'), ('Daejeon', 'KR'), ('Pyeongtaek', 'KR'),
('Panmunjom', 'KR'), ('Gyeongju', 'KR'), ('Daegu', 'KR'), ('Goheung', 'KR'),
('Osaka', 'JP'), ('Yokohama', 'JP'), ('Hiroshima', 'JP'), ('Nagoya', 'JP'), ('Fukuoka', 'JP'),
('Shanghai', 'CN'), ('Vladivostok', 'RU'), ('Munich', 'DE'), ('Hamburg', 'DE'), ('Bonn', 'DE'),
('Geneva', 'CH'), ('Davos', 'CH'), ('Sydney', 'AU'), ('Melbourne', 'AU'), ('Istanbul', 'TR'),
('Krakow', 'PL'), ('Strasbourg', 'FR'), ('Milan', 'IT'), ('Barcelona', 'ES'), ('Toronto', 'CA'),
('Mumbai', 'IN'), ('Ho Chi Minh City', 'VN'), ('Dubai', 'AE'), ('Jeddah', 'SA');
