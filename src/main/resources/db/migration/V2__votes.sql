-- Recorded votes: one row per Member State named in a roll-call (data/votes.csv).
-- Portable SQL: runs on H2 and PostgreSQL.

CREATE TABLE votes (
    resolution_id VARCHAR(100)  NOT NULL REFERENCES resolutions (id),
    country_iso3  VARCHAR(3)    NOT NULL REFERENCES countries (iso3),
    vote          VARCHAR(20)   NOT NULL,
    note          VARCHAR(4000),
    source_ids    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (resolution_id, country_iso3)
);

CREATE INDEX votes_country ON votes (country_iso3);
