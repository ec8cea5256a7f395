-- A clinician's suggestion of an experiment (ENGINE.md section 15, issue 30): the activity, the two
-- conditions and the weeks, as the clinician chose them, for the person to accept or leave. Accepting
-- starts the experiment (a row in experiments, named by experiment_id); "not now" keeps the row with its
-- answer, so the clinician sees what became of it. answer: NULL while open, 'ACCEPTED' or 'DECLINED'.
CREATE TABLE experiment_suggestions (
    id               ${id},
    patient_id       BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    clinician_id     BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    activity         VARCHAR(60) NOT NULL,
    first_condition  VARCHAR(60) NOT NULL,
    second_condition VARCHAR(60) NOT NULL,
    weeks            INTEGER NOT NULL,
    created_at       ${instant} NOT NULL,
    answer           VARCHAR(20),
    answered_at      ${instant},
    experiment_id    VARCHAR(60)
);
CREATE INDEX experiment_suggestions_by_patient ON experiment_suggestions (patient_id, created_at);
