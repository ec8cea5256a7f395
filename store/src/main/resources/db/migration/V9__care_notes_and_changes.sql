-- A clinician's notes on a person's record, which the person sees, and every change a clinician made
-- to the person's coaching settings: who, when, old and new value, and why.

CREATE TABLE care_notes (
    id           ${id},
    patient_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    clinician_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    at           ${instant} NOT NULL,
    text         VARCHAR(2000) NOT NULL
);
CREATE INDEX care_notes_by_patient ON care_notes (patient_id, at);

-- setting: the engine's key (holdDays, ...); values as written, 'default' for none of one's own.
CREATE TABLE care_changes (
    id           ${id},
    patient_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    clinician_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    at           ${instant} NOT NULL,
    setting      VARCHAR(40) NOT NULL,
    old_value    VARCHAR(20) NOT NULL,
    new_value    VARCHAR(20) NOT NULL,
    reason       VARCHAR(400) NOT NULL
);
CREATE INDEX care_changes_by_patient ON care_changes (patient_id, at);
