-- The dataset's release history (data/releases.csv).
CREATE TABLE releases (
    version     VARCHAR(20) PRIMARY KEY,
    released_on DATE          NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    changes     VARCHAR(8000)
);
