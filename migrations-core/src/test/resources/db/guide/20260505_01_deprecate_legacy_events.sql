-- Drop a table safely, step 1: rename it (a soft delete, easy to undo).
-- migrate:up
ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated;

-- migrate:down
ALTER TABLE _legacy_events_deprecated RENAME TO legacy_events;
