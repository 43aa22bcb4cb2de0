-- Schema version 1: jurisdictions, recipients, settings.
-- Statements are separated by a semicolon at the end of a line (see Migrations).
-- Dates are ISO text (YYYY-MM-DD) so they sort and compare as dates.
PRAGMA application_id = 1128616532;
CREATE TABLE jurisdiction (
    code        TEXT PRIMARY KEY,
    parent_code TEXT REFERENCES jurisdiction(code),
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3), -- 1 district, 2 street, 3 community
    name        TEXT NOT NULL
);
CREATE INDEX jurisdiction_parent ON jurisdiction(parent_code);
CREATE TABLE recipient (
    id                  INTEGER PRIMARY KEY,
    id_number           TEXT NOT NULL UNIQUE CHECK (length(id_number) = 18),
    name                TEXT NOT NULL,
    name_initials       TEXT NOT NULL,
    birth_date          TEXT NOT NULL,
    sex                 TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    category            TEXT NOT NULL,
    district_code       TEXT NOT NULL REFERENCES jurisdiction(code),
    street_code         TEXT NOT NULL REFERENCES jurisdiction(code),
    community_code      TEXT NOT NULL REFERENCES jurisdiction(code),
    phone               TEXT,
    household_address   TEXT,
    residence_address   TEXT,
    residence_type      TEXT NOT NULL DEFAULT 'local' CHECK (residence_type IN ('local', 'domestic', 'abroad')),
    benefit_start       TEXT,
    last_cert_date      TEXT,
    individual_months   INTEGER NOT NULL DEFAULT 0 CHECK (individual_months BETWEEN 0 AND 24),
    period_start        TEXT,
    period_end          TEXT,
    special_flags       INTEGER NOT NULL DEFAULT 0,
    monthly_benefit_fen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recipient_initials ON recipient(name_initials);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
