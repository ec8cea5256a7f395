-- The web app: a per-account revision for cached assessments, the onboarding flag, and failed
-- sign-ins for rate limiting (kept in the database so that every instance sees the same count).

-- Bumped after every write an account makes; an assessment computed at an older revision is stale.
ALTER TABLE accounts ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

-- Accounts made before onboarding existed, through the API or the command line, count as onboarded;
-- a sign-up in the browser sets it to false until the person finishes or skips onboarding.
ALTER TABLE profiles ADD COLUMN onboarded BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE sign_in_failures (
    email   VARCHAR(320) NOT NULL,
    address VARCHAR(64) NOT NULL,
    at      ${instant} NOT NULL
);
CREATE INDEX sign_in_failures_email ON sign_in_failures (email, at);
CREATE INDEX sign_in_failures_address ON sign_in_failures (address, at);
