-- The per-address rate-limit windows (decision 0021) are unlogged on PostgreSQL (decision 0030):
-- every limited request updates one, and a logged table made each of them wait for its own WAL
-- flush, queued behind the others on the same row. A window is worth a few minutes; after a
-- crash PostgreSQL empties the table, and every address starts a fresh window. PostgreSQL only.
ALTER TABLE "RateLimitWindow" SET UNLOGGED;
