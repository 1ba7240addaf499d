-- Buildings and institutions news names as venues ("at the Pentagon", "at NATO headquarters"), so
-- that a meeting held there gets the city and state it lies in. General knowledge only: seats of
-- government, ministries and organizations that host dialogues.

CREATE TABLE landmark (
    name            text NOT NULL PRIMARY KEY,
    city            text NOT NULL,
    country_code    text NOT NULL REFERENCES party (code) ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT landmark_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT landmark_city_not_blank CHECK (btrim(city) <> '')
);
COMMENT ON TABLE landmark IS 'Buildings and institutions named as meeting venues, with the city and state they lie in.';
COMMENT ON COLUMN landmark.name IS 'The landmark as news writes it after "at" (matched ignoring case), e.g. Pentagon, NATO headquarters.';
COMMENT ON COLUMN landmark.city IS 'The city a meeting held at the landmark is reported in, e.g. Washington for the Pentagon.';
COMMENT ON COLUMN landmark.country_code IS 'The state the landmark lies in.';

INSERT INTO landmark (name, city, country_code) VALUES
('Pentagon', 'Washington', 'US'), ('White House', 'Washington', 'US'), ('State Department', 'Washington', 'US'),
('Department of State', 'Washington', 'US'), ('Capitol Hill', 'Washington', 'US'), ('Blair House', 'Washington', 'US'),
('Camp David', 'Camp David', 'US'), ('United Nations headquarters', 'New York', 'US'),
('UN headquarters', 'New York', 'US'), ('U.N. headquarters', 'New York', 'US'),
('presidential office', 'Seoul', 'KR'), ('Yongsan presidential office', 'Seoul', 'KR'),
('presidential office in Yongsan', 'Seoul', 'KR'), ('Cheong Wa Dae', 'Seoul', 'KR'), ('Blue House', 'Seoul', 'KR'),
('Government Complex Seoul', 'Seoul', 'KR'), ('Government Complex Sejong', 'Sejong', 'KR'),
('Camp Humphreys', 'Pyeongtaek', 'KR'), ('Yongsan', 'Seoul', 'KR'), ('Joint Security Area', 'Panmunjom', 'KR'),
('Kantei', 'Tokyo', 'JP'), ('Akasaka Palace', 'Tokyo', 'JP'), ('Iikura Guest House', 'Tokyo', 'JP'),
('Great Hall of the People', 'Beijing', 'CN'), ('Zhongnanhai', 'Beijing', 'CN'),
('Diaoyutai State Guesthouse', 'Beijing', 'CN'), ('Kremlin', 'Moscow', 'RU'),
('NATO headquarters', 'Brussels', 'BE'), ('NATO''s headquarters', 'Brussels', 'BE'),
('Berlaymont', 'Brussels', 'BE'), ('European Commission headquarters', 'Brussels', 'BE'),
('Downing Street', 'London', 'GB'), ('Lancaster House', 'London', 'GB'),
('Elysee Palace', 'Paris', 'FR'), ('Élysée Palace', 'Paris', 'FR'), ('Elysee', 'Paris', 'FR'), ('Élysée', 'Paris', 'FR'),
('Federal Chancellery', 'Berlin', 'DE'), ('Bendlerblock', 'Berlin', 'DE'),
('Palais des Nations', 'Geneva', 'CH'), ('Malacanang Palace', 'Manila', 'PH'), ('Malacañang Palace', 'Manila', 'PH'),
('Rashtrapati Bhavan', 'New Delhi', 'IN'), ('Hyderabad House', 'New Delhi', 'IN');
