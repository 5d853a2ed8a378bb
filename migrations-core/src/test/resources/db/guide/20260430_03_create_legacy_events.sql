-- migrate:up
CREATE TABLE legacy_events (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload text
);

-- migrate:down
DROP TABLE legacy_events;
