-- The CND's record from 2017 to 2026 (issue 13): sessions 60-66 and 69 join 67 and 68 with their participation
-- figures, segments and reconvened parts; resolutions gain decisions and declarations with official numbers; new
-- tables for substances, scheduling decisions and their roll-calls, bureaus, reported activities, the conflicts
-- between sources and the values the fact sheets infer. Country names in the six UN languages (CLDR).
-- Same conventions as V1-V4: one table per resource of data/datapackage.json with the same column names; every
-- table with a history gets created_at, updated_at and updated_in (filled by the loader from record_changes);
-- search_text where the q filter will search names (filled by the loader once SearchText knows the table).
-- Columns added to tables that already hold rows are nullable here; datapackage.json says which are required,
-- and the loader refuses a row without them. Portable SQL: runs on H2 and PostgreSQL.

ALTER TABLE sources ADD COLUMN title_basis VARCHAR(20);

ALTER TABLE countries ADD COLUMN name_ar VARCHAR(200);
ALTER TABLE countries ADD COLUMN name_zh VARCHAR(200);
ALTER TABLE countries ADD COLUMN name_en VARCHAR(200);
ALTER TABLE countries ADD COLUMN name_fr VARCHAR(200);
ALTER TABLE countries ADD COLUMN name_ru VARCHAR(200);
ALTER TABLE countries ADD COLUMN name_es VARCHAR(200);
ALTER TABLE countries ADD COLUMN name_variants VARCHAR(1000);

ALTER TABLE topics ADD COLUMN source_ids VARCHAR(1000);
ALTER TABLE resolution_topics ADD COLUMN source_ids VARCHAR(1000);
ALTER TABLE side_event_topics ADD COLUMN source_ids VARCHAR(1000);

ALTER TABLE sessions ADD COLUMN participants_qualifier VARCHAR(20);
ALTER TABLE sessions ADD COLUMN member_states INTEGER;
ALTER TABLE sessions ADD COLUMN member_states_qualifier VARCHAR(20);
ALTER TABLE sessions ADD COLUMN igos INTEGER;
ALTER TABLE sessions ADD COLUMN ngos INTEGER;
ALTER TABLE sessions ADD COLUMN ngos_qualifier VARCHAR(20);
ALTER TABLE sessions ADD COLUMN side_events_total INTEGER;
ALTER TABLE sessions ADD COLUMN side_events_total_qualifier VARCHAR(20);
ALTER TABLE sessions ADD COLUMN resolutions_adopted INTEGER;
ALTER TABLE sessions ADD COLUMN resolutions_adopted_qualifier VARCHAR(20);
ALTER TABLE sessions ADD COLUMN report_symbol VARCHAR(50);
ALTER TABLE sessions ADD COLUMN outcome_status VARCHAR(20);

ALTER TABLE session_segments ADD COLUMN kind VARCHAR(30);
ALTER TABLE session_segments ADD COLUMN dates_status VARCHAR(20);
ALTER TABLE session_segments ADD COLUMN format VARCHAR(20);

-- Numbered texts known without their draft symbol, adoption mode or summary.
ALTER TABLE resolutions ALTER COLUMN symbol DROP NOT NULL;
ALTER TABLE resolutions ALTER COLUMN adoption DROP NOT NULL;
ALTER TABLE resolutions ALTER COLUMN summary DROP NOT NULL;
ALTER TABLE resolutions ADD COLUMN kind VARCHAR(20);
ALTER TABLE resolutions ADD COLUMN title_complete BOOLEAN;
ALTER TABLE resolutions ADD COLUMN adopted BOOLEAN;
CREATE INDEX resolutions_number ON resolutions (resolution_number);

ALTER TABLE side_events ADD COLUMN kind VARCHAR(20);
ALTER TABLE side_events ADD COLUMN title_complete BOOLEAN;
ALTER TABLE side_events ADD COLUMN held_on DATE;
ALTER TABLE side_events ADD COLUMN time_as_listed VARCHAR(100);
ALTER TABLE side_events ADD COLUMN room VARCHAR(200);
ALTER TABLE side_events ADD COLUMN hosts_complete BOOLEAN;

CREATE TABLE substances (
    id              VARCHAR(100) PRIMARY KEY,
    name            VARCHAR(300)  NOT NULL,
    substance_class VARCHAR(50),
    is_group        BOOLEAN       NOT NULL,
    group_size      INTEGER,
    note            VARCHAR(4000),
    source_ids      VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE,
    updated_in      VARCHAR(20),
    search_text     VARCHAR(4000)
);

CREATE TABLE substance_aliases (
    substance_id VARCHAR(100)  NOT NULL REFERENCES substances (id),
    alias        VARCHAR(300)  NOT NULL,
    source_ids   VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE,
    updated_in   VARCHAR(20),
    PRIMARY KEY (substance_id, alias)
);

CREATE TABLE scheduling_decisions (
    id                    VARCHAR(100) PRIMARY KEY,
    session_id            VARCHAR(20)   NOT NULL REFERENCES sessions (id),
    decided_on            DATE,
    recommended_by        VARCHAR(10),
    ecdd_meeting          INTEGER,
    recommendation_number VARCHAR(20),
    subject               VARCHAR(1000) NOT NULL,
    proposed_change       VARCHAR(20),
    from_convention       VARCHAR(4),
    convention            VARCHAR(4),
    schedules             VARCHAR(50),
    outcome               VARCHAR(20),
    voting                VARCHAR(20),
    votes_in_favour       INTEGER,
    votes_against         INTEGER,
    votes_abstaining      INTEGER,
    decided_by_id         VARCHAR(100) REFERENCES resolutions (id),
    effective_on          DATE,
    note                  VARCHAR(4000),
    source_ids            VARCHAR(1000) NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE,
    updated_at            TIMESTAMP WITH TIME ZONE,
    updated_in            VARCHAR(20),
    search_text           VARCHAR(8000)
);

CREATE TABLE scheduling_decision_substances (
    decision_id  VARCHAR(100)  NOT NULL REFERENCES scheduling_decisions (id),
    substance_id VARCHAR(100)  NOT NULL REFERENCES substances (id),
    position     INTEGER       NOT NULL,
    source_ids   VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE,
    updated_in   VARCHAR(20),
    PRIMARY KEY (decision_id, substance_id)
);

CREATE TABLE scheduling_votes (
    decision_id  VARCHAR(100)  NOT NULL REFERENCES scheduling_decisions (id),
    country_iso3 VARCHAR(3)    NOT NULL REFERENCES countries (iso3),
    vote         VARCHAR(20)   NOT NULL,
    note         VARCHAR(4000),
    source_ids   VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE,
    updated_in   VARCHAR(20),
    PRIMARY KEY (decision_id, country_iso3)
);

CREATE TABLE bureau_members (
    id             VARCHAR(100) PRIMARY KEY,
    session_id     VARCHAR(20)   NOT NULL REFERENCES sessions (id),
    office         VARCHAR(30)   NOT NULL,
    position       INTEGER       NOT NULL,
    country_iso3   VARCHAR(3) REFERENCES countries (iso3),
    person_name    VARCHAR(300),
    regional_group VARCHAR(30),
    note           VARCHAR(4000),
    source_ids     VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE,
    updated_in     VARCHAR(20)
);

CREATE TABLE reported_activities (
    id              VARCHAR(100) PRIMARY KEY,
    session_id      VARCHAR(20)   NOT NULL REFERENCES sessions (id),
    reported_by_id  VARCHAR(100)  NOT NULL REFERENCES organizations (id),
    organization_id VARCHAR(100)  NOT NULL REFERENCES organizations (id),
    kind            VARCHAR(30)   NOT NULL,
    quantity        INTEGER,
    duration_days   INTEGER,
    description     VARCHAR(4000) NOT NULL,
    claim_status    VARCHAR(20)   NOT NULL,
    note            VARCHAR(4000),
    source_ids      VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE,
    updated_in      VARCHAR(20)
);

CREATE TABLE conflicts (
    id         VARCHAR(10) PRIMARY KEY,
    topic      VARCHAR(500)  NOT NULL,
    session_id VARCHAR(20) REFERENCES sessions (id),
    status     VARCHAR(30)   NOT NULL,
    note       VARCHAR(4000) NOT NULL,
    source_ids VARCHAR(1000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE,
    updated_in VARCHAR(20)
);

CREATE TABLE conflict_claims (
    conflict_id   VARCHAR(10)   NOT NULL REFERENCES conflicts (id),
    position      INTEGER       NOT NULL,
    claim         VARCHAR(2000) NOT NULL,
    table_name    VARCHAR(50),
    record_id     VARCHAR(700),
    field         VARCHAR(200),
    claimed_value VARCHAR(1000),
    recorded      BOOLEAN       NOT NULL,
    source_ids    VARCHAR(1000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE,
    updated_in    VARCHAR(20),
    PRIMARY KEY (conflict_id, position)
);

CREATE TABLE inferred_values (
    table_name VARCHAR(50)   NOT NULL,
    record_id  VARCHAR(700)  NOT NULL,
    field      VARCHAR(100)  NOT NULL,
    note       VARCHAR(2000) NOT NULL,
    source_ids VARCHAR(1000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE,
    updated_in VARCHAR(20),
    PRIMARY KEY (table_name, record_id, field)
);

CREATE INDEX scheduling_decisions_session ON scheduling_decisions (session_id);
CREATE INDEX scheduling_decisions_decided_by ON scheduling_decisions (decided_by_id);
CREATE INDEX scheduling_decision_substances_substance ON scheduling_decision_substances (substance_id);
CREATE INDEX scheduling_votes_country ON scheduling_votes (country_iso3);
CREATE INDEX bureau_members_session ON bureau_members (session_id);
CREATE INDEX bureau_members_country ON bureau_members (country_iso3);
CREATE INDEX reported_activities_session ON reported_activities (session_id);
CREATE INDEX conflicts_session ON conflicts (session_id);
CREATE INDEX substances_updated_at ON substances (updated_at);
CREATE INDEX scheduling_decisions_updated_at ON scheduling_decisions (updated_at);
CREATE INDEX bureau_members_updated_at ON bureau_members (updated_at);
CREATE INDEX conflicts_updated_at ON conflicts (updated_at);
