-- PostgreSQL only: the exports' bytes, in chunks of at most 1 MiB (read back one chunk at a time, so that a replica copies
-- an export of any size to its local disk with bounded memory). A replica that did not load the release serves its
-- exports from here, copied once to its local cache, instead of rendering them again. On H2 (in memory, one process) the
-- replica that loads is the only one, and it keeps the rendered files on its local disk instead.
CREATE TABLE export_chunks (
    file VARCHAR(200) NOT NULL REFERENCES export_files (file),
    seq  INTEGER      NOT NULL,
    data BYTEA        NOT NULL,
    PRIMARY KEY (file, seq)
);
