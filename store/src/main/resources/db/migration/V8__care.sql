-- The physiotherapist's side, first part: clinician accounts, the person's invitations (a one-time
-- code, of which only the SHA-256 is kept), the access each accepted invitation grants until the
-- person revokes it, and the log of what a clinician did, which the person sees.

CREATE TABLE clinicians (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    created_at ${instant} NOT NULL
);

CREATE TABLE care_invitations (
    code_hash  VARCHAR(64) PRIMARY KEY,
    patient_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at ${instant} NOT NULL,
    expires_at ${instant} NOT NULL,
    used_at    ${instant}
);
CREATE INDEX care_invitations_by_patient ON care_invitations (patient_id);

CREATE TABLE care_links (
    id           ${id},
    patient_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    clinician_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at   ${instant} NOT NULL,
    revoked_at   ${instant}
);
CREATE INDEX care_links_by_clinician ON care_links (clinician_id);
CREATE INDEX care_links_by_patient ON care_links (patient_id);

-- action: invited, accepted, viewed, revoked.
CREATE TABLE care_events (
    id           ${id},
    patient_id   BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    clinician_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
    at           ${instant} NOT NULL,
    action       VARCHAR(20) NOT NULL,
    detail       VARCHAR(400) NOT NULL
);
CREATE INDEX care_events_by_patient ON care_events (patient_id, at);
