-- One person's coaching settings (ENGINE.md's *(default)* values), each within its range; a person
-- without a row has the defaults. baseline_discount_percent is empty while irritability sets it.
CREATE TABLE coaching_settings (
    account_id                BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    hold_days                 INTEGER NOT NULL CHECK (hold_days BETWEEN 14 AND 21),
    progression_step_percent  INTEGER NOT NULL CHECK (progression_step_percent BETWEEN 10 AND 15),
    flare_volume_percent      INTEGER NOT NULL CHECK (flare_volume_percent BETWEEN 60 AND 80),
    flare_further_cut_percent INTEGER NOT NULL CHECK (flare_further_cut_percent BETWEEN 10 AND 20),
    baseline_discount_percent INTEGER CHECK (baseline_discount_percent BETWEEN 10 AND 20),
    updated_at                ${instant} NOT NULL
);
