-- The level in force last shown to the person for each activity (ENGINE.md sections 7 and 9,
-- docs/engine.md I6): while a flare or a referral stands it is a ceiling, so that a record reworked
-- since can never make a day's answer climb above the one before. Derived: per activity, the day's
-- last and the latest earlier day's.
CREATE TABLE shown_levels (
    account_id        BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    activity          VARCHAR(60) NOT NULL,
    on_date           ${date} NOT NULL,
    sessions_per_week INTEGER NOT NULL,
    minutes           INTEGER,
    distance_km       DOUBLE PRECISION,
    rpe_cap           INTEGER NOT NULL,
    work              DOUBLE PRECISION,
    PRIMARY KEY (account_id, activity, on_date)
);
