-- The inbox search's trigram index (docs/decisions/0029): PostgreSQL only. pg_trgm ships with
-- PostgreSQL (contrib) and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Intake_search_trgm_idx" ON "Intake" USING GIN ("searchText" gin_trgm_ops);
