-- A table nobody reads any more: dropped safely further down, in two steps.
-- migrate:up
CREATE TABLE legacy_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL,
    payload     text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);

-- migrate:down
DROP TABLE legacy_events;
