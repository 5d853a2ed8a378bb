-- Dropping a table safely, step 1 of 2: rename it. Anything still using it fails loudly, and the
-- undo is a rename back, with every row still there.
-- migrate:up
ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated;

-- migrate:down
ALTER TABLE _legacy_events_deprecated RENAME TO legacy_events;
