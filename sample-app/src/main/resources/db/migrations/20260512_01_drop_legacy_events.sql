-- Dropping a table safely, step 2 of 2, a week after the rename went by without complaint.
-- The undo brings the table back empty: its rows come back only from a backup.
-- A fresh database gets the rename and this drop in one run, which the linter rightly flags;
-- in production this file ships a release after the rename.
-- migrate:allow drop-table shipped a release after the soft-delete rename; only a fresh database sees both at once
-- migrate:up
DROP TABLE _legacy_events_deprecated;

-- migrate:down
CREATE TABLE _legacy_events_deprecated (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL,
    payload     text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
