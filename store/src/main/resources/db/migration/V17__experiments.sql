-- Experiments (ENGINE.md section 15, docs/engine.md): two conditions of one activity compared over
-- 4-8 weeks in a random order within pairs. The person's id for it is unique per account; pausing
-- sets paused_on (carrying on clears it), stopping sets stopped_on. A session done under one of its
-- conditions carries the condition's words.
CREATE TABLE experiments (
    account_id       BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    experiment_id    VARCHAR(60) NOT NULL,
    activity         VARCHAR(60) NOT NULL,
    first_condition  VARCHAR(60) NOT NULL,
    second_condition VARCHAR(60) NOT NULL,
    start_date       ${date} NOT NULL,
    weeks            INTEGER NOT NULL,
    paused_on        ${date},
    stopped_on       ${date},
    created_at       ${instant} NOT NULL,
    PRIMARY KEY (account_id, experiment_id)
);

ALTER TABLE sessions ADD COLUMN experiment_condition VARCHAR(60);
