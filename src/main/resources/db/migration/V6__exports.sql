-- Every export of a release (each table as CSV, JSON and NDJSON, and dataset.zip), rendered once, by the replica that
-- loads the release, in the load's transaction (export/ExportStore): its size and SHA-256 (the ETag), in the order
-- /api/v1/exports lists them. Replicas that find the release loaded read these numbers and render nothing.
CREATE TABLE export_files (
    file       VARCHAR(200) PRIMARY KEY,
    list_order INTEGER      NOT NULL,
    table_name VARCHAR(100),
    extension  VARCHAR(10)  NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    bytes      BIGINT       NOT NULL,
    sha256     VARCHAR(64)  NOT NULL
);
