-- What a person's clinician decided about their coaching, with the reason the person reads: kind is
-- level (the level it set is the levels row that names this decision), flare_start, flare_end,
-- cleared (seen and cleared for a referral), irritability (the value in irritability) or
-- check_ups (the days between outcome check-ups in every_days). on_date is
-- the day it counts from in the person's zone. Each decision is also a row of care_changes (the
-- audit: who, when, old and new, why) and a line of care_events (what the person sees).

CREATE TABLE care_decisions (
    id           ${id},
    patient_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    clinician_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    at           ${instant} NOT NULL,
    on_date      ${date} NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    irritability VARCHAR(10),
    every_days   INTEGER,
    reason       VARCHAR(400) NOT NULL
);
CREATE INDEX care_decisions_by_patient ON care_decisions (patient_id, at);

ALTER TABLE levels ADD COLUMN care_decision_id BIGINT REFERENCES care_decisions(id) ON DELETE SET NULL;
