-- Share and export: a private calendar feed and read-only share links, each opened by a secret of
-- which only the SHA-256 is kept, and a log of every visit to a share link, shown to the person.

CREATE TABLE calendar_feeds (
    id         ${id},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at ${instant} NOT NULL,
    revoked_at ${instant}
);

-- parts: the shared parts of the report, comma-separated names (see ReportPart).
CREATE TABLE share_links (
    id         ${id},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    label      VARCHAR(120) NOT NULL,
    parts      VARCHAR(200) NOT NULL,
    weeks      INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 104),
    created_at ${instant} NOT NULL,
    expires_at ${instant} NOT NULL,
    revoked_at ${instant}
);
CREATE INDEX share_links_by_account ON share_links (account_id);

CREATE TABLE share_visits (
    share_id   BIGINT NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
    at         ${instant} NOT NULL,
    address    VARCHAR(64) NOT NULL,
    user_agent VARCHAR(200) NOT NULL
);
CREATE INDEX share_visits_by_link ON share_visits (share_id, at);
