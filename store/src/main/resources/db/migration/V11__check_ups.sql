-- The outcome check-ups (issue 18, docs/outcomes.md): on a day, the average back pain of the past
-- 7 days (0-10) and how well the person can do each of up to 5 activities they named (0-10).

CREATE TABLE check_ups (
    id          ${id},
    account_id  BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    on_date     ${date} NOT NULL,
    recorded_at ${instant} NOT NULL,
    weekly_pain INTEGER
);
CREATE INDEX check_ups_by_account ON check_ups (account_id, on_date);

CREATE TABLE check_up_abilities (
    check_up_id BIGINT NOT NULL REFERENCES check_ups(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    activity    VARCHAR(60) NOT NULL,
    score       INTEGER NOT NULL,
    PRIMARY KEY (check_up_id, position)
);
