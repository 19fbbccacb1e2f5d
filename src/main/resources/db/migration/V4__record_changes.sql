-- The records' history (data/record_changes.csv) and, on every table it covers, when each record was
-- created and last changed: filled by the loader from the history, so updatedSince= is a query filter.
-- A release's instant is its released_on at 00:00:00Z. Portable SQL: runs on H2 and PostgreSQL.

ALTER TABLE sources ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sources ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sources ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE countries ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE countries ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE countries ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE topics ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE topics ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE topics ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE sessions ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sessions ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sessions ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE session_segments ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE session_segments ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE session_segments ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE organizations ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organizations ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organizations ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE organization_aliases ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organization_aliases ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organization_aliases ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE resolutions ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE resolutions ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE resolutions ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE resolution_topics ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE resolution_topics ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE resolution_topics ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE sponsorships ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sponsorships ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sponsorships ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE votes ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE votes ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE votes ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE side_events ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE side_events ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE side_events ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE side_event_hosts ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE side_event_hosts ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE side_event_hosts ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE side_event_topics ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE side_event_topics ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE side_event_topics ADD COLUMN updated_in VARCHAR(20);
ALTER TABLE meetings ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meetings ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meetings ADD COLUMN updated_in VARCHAR(20);

CREATE INDEX sources_updated_at ON sources (updated_at);
CREATE INDEX countries_updated_at ON countries (updated_at);
CREATE INDEX topics_updated_at ON topics (updated_at);
CREATE INDEX sessions_updated_at ON sessions (updated_at);
CREATE INDEX organizations_updated_at ON organizations (updated_at);
CREATE INDEX resolutions_updated_at ON resolutions (updated_at);
CREATE INDEX side_events_updated_at ON side_events (updated_at);
CREATE INDEX meetings_updated_at ON meetings (updated_at);

-- seq: the release's position (1 = oldest); created_seq: that of the release which created the record;
-- is_last: this is the record's latest change. The changes feed needs nothing else.
CREATE TABLE record_changes (
    release     VARCHAR(20)  NOT NULL REFERENCES releases (version),
    table_name  VARCHAR(50)  NOT NULL,
    record_id   VARCHAR(700) NOT NULL,
    change      VARCHAR(10)  NOT NULL,
    seq         INTEGER      NOT NULL,
    created_seq INTEGER      NOT NULL,
    is_last     BOOLEAN      NOT NULL,
    PRIMARY KEY (release, table_name, record_id)
);

CREATE INDEX record_changes_feed ON record_changes (is_last, table_name, record_id);
