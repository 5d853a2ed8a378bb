-- The users of the shop. 'name' is renamed to 'full_name' later, by expand/contract.
-- migrate:up
CREATE TABLE users (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       varchar(200) NOT NULL,
    email      varchar(320) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- migrate:down
DROP TABLE users;
