-- Sign-ups per network address, counted across instances: each attempt is recorded before its
-- password is hashed, so that parallel attempts cannot all slip under the limit.
CREATE TABLE sign_up_attempts (
    address VARCHAR(64) NOT NULL,
    at      ${instant} NOT NULL
);
CREATE INDEX sign_up_attempts_address ON sign_up_attempts (address, at);
