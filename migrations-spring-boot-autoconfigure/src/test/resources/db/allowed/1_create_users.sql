-- migrate:up
CREATE TABLE users (
	id bigserial PRIMARY KEY,
	name varchar(100) NOT NULL
);
INSERT INTO users (name) VALUES ('ada');

-- migrate:down
DROP TABLE users;
