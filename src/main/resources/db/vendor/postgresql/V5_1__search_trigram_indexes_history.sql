-- PostgreSQL only: trigram indexes for the q filter on the tables V5 added (substances, scheduling decisions),
-- as V4_1 gives the earlier ones. pg_trgm is already in public (V4_1).
CREATE INDEX substances_search ON substances USING gin (search_text public.gin_trgm_ops);
CREATE INDEX scheduling_decisions_search ON scheduling_decisions USING gin (search_text public.gin_trgm_ops);
