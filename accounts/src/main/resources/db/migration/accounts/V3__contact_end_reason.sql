-- Cityline accounts V3: why a contact ended, in words, when it was not simply answered or
-- abandoned (a callback not answered after its last attempt, an agent that could not be
-- connected). Empty for the contacts recorded before. Runs unchanged on H2 2.x and PostgreSQL 16+.
ALTER TABLE contact ADD COLUMN end_reason VARCHAR(500);
