-- PostgreSQL only: trigram indexes for the q filter. q matches words anywhere in the folded search_text
-- column (search_text LIKE '%word%'), which a b-tree cannot help with; a GIN index of trigrams can, so a
-- search stays fast at 1000x the data. H2 has no such index and scans, which is fine at its sizes.
-- pg_trgm is in Debian's postgresql-contrib (part of the postgresql package) and is a trusted extension: the
-- database's owner may create it. It goes into public, once per database, not into a release's schema, so
-- that dropping an old release never drops it; hence the qualified operator class.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE INDEX countries_search ON countries USING gin (search_text public.gin_trgm_ops);
CREATE INDEX sources_search ON sources USING gin (search_text public.gin_trgm_ops);
CREATE INDEX organizations_search ON organizations USING gin (search_text public.gin_trgm_ops);
CREATE INDEX resolutions_search ON resolutions USING gin (search_text public.gin_trgm_ops);
CREATE INDEX side_events_search ON side_events USING gin (search_text public.gin_trgm_ops);
