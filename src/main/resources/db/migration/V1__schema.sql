-- The dataset's tables, one per resource of data/datapackage.json, with the same column names.
-- search_text columns are derived at load time (accent- and case-folded text for the q filter).
-- Portable SQL: runs on H2 and PostgreSQL.

CREATE TABLE sources (
    id           VARCHAR(100) PRIMARY KEY,
    ref          VARCHAR(100),
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(1000) NOT NULL,
    publisher    VARCHAR(500),
    url          VARCHAR(2000),
    published_on DATE,
    note         VARCHAR(4000),
    search_text  VARCHAR(8000)
);

CREATE TABLE countries (
    iso3          VARCHAR(3) PRIMARY KEY,
    iso2          VARCHAR(2)      NOT NULL UNIQUE,
    m49           VARCHAR(3)      NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    official_name VARCHAR(300),
    region_m49    VARCHAR(3),
    region        VARCHAR(100),
    subregion_m49 VARCHAR(3),
    subregion     VARCHAR(100),
    un_status     VARCHAR(20)  NOT NULL,
    source_ids    VARCHAR(1000) NOT NULL,
    search_text   VARCHAR(2000)
);

CREATE TABLE topics (
    id          VARCHAR(100) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(2000)
);

CREATE TABLE sessions (
    id                 VARCHAR(20) PRIMARY KEY,
    number             INTEGER      NOT NULL UNIQUE,
    year               INTEGER      NOT NULL,
    name               VARCHAR(300) NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE         NOT NULL,
    city               VARCHAR(100) NOT NULL,
    country_iso3       VARCHAR(3)      NOT NULL REFERENCES countries (iso3),
    venue              VARCHAR(300),
    chair_name         VARCHAR(300),
    chair_country_iso3 VARCHAR(3) REFERENCES countries (iso3),
    participants       INTEGER,
    note               VARCHAR(4000),
    source_ids         VARCHAR(1000) NOT NULL
);

CREATE TABLE session_segments (
    session_id VARCHAR(20)  NOT NULL REFERENCES sessions (id),
    position   INTEGER      NOT NULL,
    name       VARCHAR(300) NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE         NOT NULL,
    note       VARCHAR(4000),
    source_ids VARCHAR(1000) NOT NULL,
    PRIMARY KEY (session_id, position)
);

-- parent_id is checked by the loader; no constraint, so rows may come in any order.
CREATE TABLE organizations (
    id           VARCHAR(100) PRIMARY KEY,
    name         VARCHAR(500) NOT NULL,
    acronym      VARCHAR(50),
    type         VARCHAR(50),
    parent_id    VARCHAR(100),
    country_iso3 VARCHAR(3) REFERENCES countries (iso3),
    note         VARCHAR(4000),
    source_ids   VARCHAR(1000) NOT NULL,
    search_text  VARCHAR(8000)
);

CREATE TABLE organization_aliases (
    organization_id VARCHAR(100) NOT NULL REFERENCES organizations (id),
    alias           VARCHAR(500) NOT NULL,
    source_ids      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (organization_id, alias)
);

CREATE TABLE resolutions (
    id                  VARCHAR(100) PRIMARY KEY,
    session_id          VARCHAR(20)  NOT NULL REFERENCES sessions (id),
    symbol              VARCHAR(100) NOT NULL UNIQUE,
    symbol_note         VARCHAR(1000),
    resolution_number   VARCHAR(20),
    title               VARCHAR(1000) NOT NULL,
    title_status        VARCHAR(30)  NOT NULL,
    adoption            VARCHAR(20)  NOT NULL,
    adopted_on          DATE,
    votes_in_favour     INTEGER,
    votes_against       INTEGER,
    votes_abstaining    INTEGER,
    vote_called_by_iso3 VARCHAR(3) REFERENCES countries (iso3),
    summary             VARCHAR(4000) NOT NULL,
    key_text            VARCHAR(8000),
    note                VARCHAR(4000),
    source_ids          VARCHAR(1000) NOT NULL,
    search_text         VARCHAR(16000)
);

CREATE TABLE resolution_topics (
    resolution_id VARCHAR(100) NOT NULL REFERENCES resolutions (id),
    topic_id      VARCHAR(100) NOT NULL REFERENCES topics (id),
    PRIMARY KEY (resolution_id, topic_id)
);

CREATE TABLE sponsorships (
    resolution_id VARCHAR(100) NOT NULL REFERENCES resolutions (id),
    country_iso3  VARCHAR(3)      NOT NULL REFERENCES countries (iso3),
    role          VARCHAR(20)  NOT NULL,
    claim_status  VARCHAR(20)  NOT NULL,
    note          VARCHAR(4000),
    source_ids    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (resolution_id, country_iso3)
);

CREATE TABLE side_events (
    id                       VARCHAR(100) PRIMARY KEY,
    session_id               VARCHAR(20)  NOT NULL REFERENCES sessions (id),
    title                    VARCHAR(1000) NOT NULL,
    organizer_id             VARCHAR(100) REFERENCES organizations (id),
    organizer_name_as_listed VARCHAR(500),
    attendance               INTEGER,
    attendance_note          VARCHAR(2000),
    description              VARCHAR(8000),
    source_ids               VARCHAR(1000) NOT NULL,
    search_text              VARCHAR(16000)
);

CREATE TABLE side_event_hosts (
    side_event_id   VARCHAR(100) NOT NULL REFERENCES side_events (id),
    position        INTEGER      NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organization_id VARCHAR(100) REFERENCES organizations (id),
    country_iso3    VARCHAR(3) REFERENCES countries (iso3),
    name_as_listed  VARCHAR(500) NOT NULL,
    source_ids      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (side_event_id, position)
);

CREATE TABLE side_event_topics (
    side_event_id VARCHAR(100) NOT NULL REFERENCES side_events (id),
    topic_id      VARCHAR(100) NOT NULL REFERENCES topics (id),
    PRIMARY KEY (side_event_id, topic_id)
);

CREATE TABLE meetings (
    id                          VARCHAR(100) PRIMARY KEY,
    session_id                  VARCHAR(20)  NOT NULL REFERENCES sessions (id),
    kind                        VARCHAR(20)  NOT NULL,
    reported_by_id              VARCHAR(100) NOT NULL REFERENCES organizations (id),
    counterpart_country_iso3    VARCHAR(3) REFERENCES countries (iso3),
    counterpart_organization_id VARCHAR(100) REFERENCES organizations (id),
    description                 VARCHAR(4000) NOT NULL,
    source_ids                  VARCHAR(1000) NOT NULL
);

CREATE INDEX side_event_hosts_organization ON side_event_hosts (organization_id);
CREATE INDEX side_event_hosts_country ON side_event_hosts (country_iso3);
CREATE INDEX side_events_session ON side_events (session_id);
CREATE INDEX resolutions_session ON resolutions (session_id);
CREATE INDEX sponsorships_country ON sponsorships (country_iso3);
CREATE INDEX meetings_session ON meetings (session_id);
