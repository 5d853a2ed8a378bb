-- Orders, each placed by a user.
-- migrate:up
CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES users (id),
    status      varchar(20) NOT NULL DEFAULT 'new',
    total_cents bigint NOT NULL CHECK (total_cents >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- migrate:down
DROP TABLE orders;
