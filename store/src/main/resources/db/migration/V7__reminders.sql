-- Reminders that reach people: password resets, reminder choices, Web Push subscriptions and the
-- server's VAPID key pair, and the outbox every app instance sends reminders from.

-- A single-use password-reset link: only its SHA-256 is kept; used_at is set once, by the first use.
CREATE TABLE password_resets (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at ${instant} NOT NULL,
    expires_at ${instant} NOT NULL,
    used_at    ${instant}
);
CREATE INDEX password_resets_by_account ON password_resets (account_id, created_at);

-- What a person wants reminders for and how; quiet hours are local times (HH:mm) in their zone.
CREATE TABLE reminder_choices (
    account_id  BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    by_email    BOOLEAN NOT NULL DEFAULT FALSE,
    by_push     BOOLEAN NOT NULL DEFAULT FALSE,
    quiet_from  VARCHAR(5) NOT NULL DEFAULT '22:00',
    quiet_until VARCHAR(5) NOT NULL DEFAULT '07:00'
);

-- One browser or phone that accepted notifications (RFC 8030 endpoint, RFC 8291 keys).
CREATE TABLE push_subscriptions (
    id         ${id},
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    endpoint   VARCHAR(1000) NOT NULL UNIQUE,
    p256dh     VARCHAR(200) NOT NULL,
    auth       VARCHAR(100) NOT NULL,
    label      VARCHAR(120) NOT NULL,
    created_at ${instant} NOT NULL
);
CREATE INDEX push_subscriptions_by_account ON push_subscriptions (account_id);

-- The one VAPID key pair (RFC 8292), made by whichever instance starts first; every instance signs with it.
CREATE TABLE vapid_keys (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  VARCHAR(200) NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    created_at  ${instant} NOT NULL
);

-- The outbox: one row per reminder of one check-in by one channel. An instance claims due rows (on
-- PostgreSQL with FOR UPDATE SKIP LOCKED), sends and marks them; a claim that is not marked by
-- claimed_until (the instance died) is claimable again. state: due, sent, failed, dropped.
CREATE TABLE reminders (
    id              ${id},
    account_id      BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    session_id      BIGINT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    check_in_window VARCHAR(16) NOT NULL,
    channel         VARCHAR(8) NOT NULL,
    due_at          ${instant} NOT NULL,
    expires_at      ${instant} NOT NULL,
    state           VARCHAR(8) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at ${instant} NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_until   ${instant},
    finished_at     ${instant},
    UNIQUE (session_id, check_in_window, channel)
);
CREATE INDEX reminders_waiting ON reminders (state, next_attempt_at);
