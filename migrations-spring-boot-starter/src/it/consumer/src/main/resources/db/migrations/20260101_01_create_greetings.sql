-- migrate:up
CREATE TABLE greetings (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text text NOT NULL
);
INSERT INTO greetings (text) VALUES ('hello from a migration');

-- migrate:down
DROP TABLE greetings;
