-- One portable schema for SQLite and PostgreSQL. The few types that must differ come from
-- placeholders set per database in Database.java:
--   ${id}       an auto-generated BIGINT primary key
--   ${instant}  a point in time, kept in UTC
--   ${date}     a calendar date in the person's zone
-- Activity demand defaults live in the engine (Activity); activity_demands holds a person's edits.

CREATE TABLE accounts (
    id            ${id},
    email         VARCHAR(320) NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    ${instant} NOT NULL
);

CREATE TABLE profiles (
    account_id        BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    regions           VARCHAR(32) NOT NULL,
    irritability      VARCHAR(16) NOT NULL,
    units             VARCHAR(4) NOT NULL,
    time_zone         VARCHAR(64) NOT NULL,
    morning_check_in  VARCHAR(5) NOT NULL,
    updated_at        ${instant} NOT NULL
);

CREATE TABLE goals (
    account_id        BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    activity          VARCHAR(32) NOT NULL,
    sessions_per_week INTEGER,
    minutes           INTEGER,
    distance_km       DOUBLE PRECISION,
    rpe_cap           INTEGER,
    PRIMARY KEY (account_id, activity)
);

CREATE TABLE activity_demands (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    activity   VARCHAR(32) NOT NULL,
    rotation   INTEGER NOT NULL CHECK (rotation BETWEEN 0 AND 3),
    arm_load   INTEGER NOT NULL CHECK (arm_load BETWEEN 0 AND 3),
    impact     INTEGER NOT NULL CHECK (impact BETWEEN 0 AND 3),
    PRIMARY KEY (account_id, activity)
);

CREATE TABLE sessions (
    id                ${id},
    account_id        BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    activity          VARCHAR(32) NOT NULL,
    started_at        ${instant} NOT NULL,
    time_zone         VARCHAR(64) NOT NULL,
    minutes           INTEGER NOT NULL CHECK (minutes >= 0),
    distance_km       DOUBLE PRECISION CHECK (distance_km >= 0),
    rpe               INTEGER CHECK (rpe BETWEEN 0 AND 10),
    rpe_estimated     BOOLEAN NOT NULL,
    run_type          VARCHAR(16),
    hills             BOOLEAN NOT NULL,
    rotation_override INTEGER CHECK (rotation_override BETWEEN 0 AND 3),
    arm_load_override INTEGER CHECK (arm_load_override BETWEEN 0 AND 3),
    source            VARCHAR(16) NOT NULL,
    source_file_hash  VARCHAR(64),
    created_at        ${instant} NOT NULL,
    updated_at        ${instant} NOT NULL
);
CREATE INDEX sessions_by_account_start ON sessions (account_id, started_at);
CREATE INDEX sessions_by_source_file ON sessions (account_id, source_file_hash);

CREATE TABLE strength_sets (
    session_id BIGINT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    exercise   VARCHAR(120) NOT NULL,
    sets       INTEGER NOT NULL CHECK (sets >= 1),
    reps       INTEGER NOT NULL CHECK (reps >= 1),
    load_kg    DOUBLE PRECISION CHECK (load_kg >= 0),
    PRIMARY KEY (session_id, position)
);

-- "window" is a reserved word in PostgreSQL, hence check_window.
CREATE TABLE checkins (
    id                   ${id},
    account_id           BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    session_id           BIGINT REFERENCES sessions(id) ON DELETE CASCADE,
    check_window         VARCHAR(16) NOT NULL,
    on_date              ${date},
    recorded_at          ${instant} NOT NULL,
    pain                 INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    sharp                BOOLEAN NOT NULL,
    region               VARCHAR(8),
    stiffness_minutes    INTEGER CHECK (stiffness_minutes >= 0),
    cleared_by_clinician BOOLEAN NOT NULL
);
CREATE INDEX checkins_by_account ON checkins (account_id, recorded_at);
CREATE INDEX checkins_by_session ON checkins (session_id);

CREATE TABLE checkin_symptoms (
    checkin_id BIGINT NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    symptom    VARCHAR(32) NOT NULL,
    PRIMARY KEY (checkin_id, symptom)
);

CREATE TABLE daily_context (
    account_id    BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    on_date       ${date} NOT NULL,
    sleep_hours   DOUBLE PRECISION CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
    stress        INTEGER CHECK (stress BETWEEN 0 AND 10),
    sitting_hours DOUBLE PRECISION CHECK (sitting_hours BETWEEN 0 AND 24),
    PRIMARY KEY (account_id, on_date)
);

CREATE TABLE levels (
    id                ${id},
    account_id        BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    activity          VARCHAR(32) NOT NULL,
    since             ${date} NOT NULL,
    sessions_per_week INTEGER NOT NULL,
    minutes           INTEGER,
    distance_km       DOUBLE PRECISION,
    rpe_cap           INTEGER NOT NULL CHECK (rpe_cap BETWEEN 0 AND 10),
    recorded_at       ${instant} NOT NULL
);
CREATE INDEX levels_by_account ON levels (account_id, activity, since);

CREATE TABLE baseline_tests (
    id                 ${id},
    account_id         BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    activity           VARCHAR(32) NOT NULL,
    on_date            ${date} NOT NULL,
    pain_onset_km      DOUBLE PRECISION,
    pain_onset_minutes DOUBLE PRECISION,
    pain_onset_reps    INTEGER
);

CREATE TABLE declared_flares (
    id         ${id},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    on_date    ${date} NOT NULL,
    note       TEXT
);

-- A retried request with the same key gets the first answer again instead of a second record.
CREATE TABLE idempotency_keys (
    account_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    status       INTEGER NOT NULL,
    body         TEXT NOT NULL,
    created_at   ${instant} NOT NULL,
    PRIMARY KEY (account_id, idem_key)
);

-- Only a SHA-256 of each token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
    id           ${id},
    account_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name         VARCHAR(120) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    created_at   ${instant} NOT NULL,
    last_used_at ${instant},
    revoked_at   ${instant}
);

-- Browser sign-ins live here, not in server memory, so any instance can serve any request.
CREATE TABLE web_sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at ${instant} NOT NULL,
    expires_at ${instant} NOT NULL
);
