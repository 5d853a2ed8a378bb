-- Dropping a table safely, step 2 of 2, a week after the rename went by without complaint.
-- The undo brings the table back empty: its rows come back only from a backup.
-- A fresh database gets the rename and this drop in one run, which the linter rightly flags;
-- in production this file ships a release after the rename.
-- migrate:allow drop-table shipped a release after the soft-delete rename; only a fresh database sees both at once
-- migrate:up
DROP TABLE _legacy_events_deprecated;

-- migrate:down
-- The renamed table kept the names its constraint, index and sequence were born with, so the undo
-- recreates them under those names (verify caught the difference).
CREATE TABLE _legacy_events_deprecated (
    id          bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME legacy_events_id_seq),
    kind        text NOT NULL,
    payload     text,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT legacy_events_pkey PRIMARY KEY (id)
);
