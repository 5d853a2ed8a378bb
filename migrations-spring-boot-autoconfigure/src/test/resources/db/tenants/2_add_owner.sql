-- migrate:up
INSERT INTO accounts (owner) VALUES ('${tenant}');
CREATE TABLE audit (at timestamptz NOT NULL DEFAULT now());

-- migrate:down
DROP TABLE audit;
DELETE FROM accounts;
