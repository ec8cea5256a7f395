-- What a clinician's caseload needs of each person (issue 31): why they need attention now, as the
-- engine said it (Attention), for the account revision and the day in the person's zone it was
-- computed for. Derived, like shown_levels: the caseload is one query, and a row is computed again
-- after the person's next write, or on the spot when its day has passed. urgency: Attention.Needs.rank(), lower is more
-- urgent; reasons: the typed reasons, one a line (AttentionCodec), worded only when a page is made.
CREATE TABLE care_attention (
    patient_id  BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    revision    BIGINT NOT NULL,
    on_date     ${date} NOT NULL,
    urgency     INTEGER NOT NULL,
    reasons     TEXT NOT NULL,
    computed_at ${instant} NOT NULL
);
