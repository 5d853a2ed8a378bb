package dev.migrations.internal.lint;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static dev.migrations.internal.lint.LintFixture.PG11;
import static dev.migrations.internal.lint.LintFixture.PG12;
import static dev.migrations.internal.lint.LintFixture.on;

/**
 * set-not-null, check-not-valid, fk-not-valid, validate-separately, unique-via-index.
 */
class ConstraintRulesTest extends RuleTableTest {

	static Stream<Arguments> firing() {
		return Stream.of(on("set-not-null", "ALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL"),
				on("set-not-null", "ALTER TABLE public.users ALTER phone SET NOT NULL"),
				on("set-not-null", "ALTER TABLE orders ALTER COLUMN note SET NOT NULL"),
				on("set-not-null",
						"ALTER TABLE orders ADD COLUMN x text\n====\nALTER TABLE orders ALTER COLUMN x SET NOT NULL"),
				on("set-not-null", PG11, "ALTER TABLE users ALTER COLUMN email SET NOT NULL"),
				on("check-not-valid", "ALTER TABLE orders ADD CONSTRAINT positive CHECK (amount > 0)"),
				on("check-not-valid", "ALTER TABLE orders ADD CHECK (status <> '')"),
				on("check-not-valid", "ALTER TABLE users ADD COLUMN age int CHECK (age >= 0)"),
				on("check-not-valid", "ALTER TABLE orders ADD CONSTRAINT c CHECK (note <> 'NOT VALID')"),
				on("fk-not-valid",
						"ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) "
								+ "REFERENCES users (id)"),
				on("fk-not-valid", "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES users"),
				on("fk-not-valid", "ALTER TABLE orders ADD COLUMN owner_id bigint REFERENCES users (id)"),
				on("fk-not-valid",
						"CREATE TABLE shipments (id bigint)\n====\n"
								+ "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES shipments (id)"),
				on("validate-separately",
						"ALTER TABLE orders ADD CONSTRAINT positive CHECK (amount > 0) NOT VALID;\n"
								+ "ALTER TABLE orders VALIDATE CONSTRAINT positive"),
				on("validate-separately",
						"ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES "
								+ "users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk"),
				on("validate-separately",
						"ALTER TABLE public.orders ADD CONSTRAINT \"Positive\" CHECK (amount > 0) "
								+ "NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT \"Positive\""),
				on("unique-via-index", "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)"),
				on("unique-via-index", "ALTER TABLE orders ADD PRIMARY KEY (id)"),
				on("unique-via-index", "ALTER TABLE users ADD COLUMN handle text UNIQUE"),
				on("unique-via-index", "ALTER TABLE orders ADD CONSTRAINT u UNIQUE NULLS NOT DISTINCT (note)"));
	}

	static Stream<Arguments> quiet() {
		return Stream.of(on("set-not-null", "ALTER TABLE users ALTER COLUMN email SET NOT NULL"),
				on("set-not-null", PG12, "ALTER TABLE users ALTER COLUMN email SET NOT NULL"),
				on("set-not-null", "ALTER TABLE orders ALTER COLUMN status SET NOT NULL"),
				on("set-not-null",
						"CREATE TABLE shipments (id bigint, code text)\n====\n"
								+ "ALTER TABLE shipments ALTER COLUMN code SET NOT NULL"),
				on("set-not-null",
						"ALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;\n"
								+ "ALTER TABLE orders ALTER COLUMN note SET NOT NULL"),
				on("set-not-null",
						"ALTER TABLE orders ADD CONSTRAINT tn CHECK (tracking_number IS NOT NULL) NOT VALID\n"
								+ "====\nALTER TABLE orders VALIDATE CONSTRAINT tn\n"
								+ "====\nALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL"),
				on("check-not-valid", "ALTER TABLE orders ADD CONSTRAINT positive CHECK (amount > 0) NOT VALID"),
				on("check-not-valid",
						"CREATE TABLE shipments (id bigint)\n====\nALTER TABLE shipments ADD CONSTRAINT c CHECK (id > 0)"),
				on("check-not-valid", "CREATE TABLE shipments (id bigint CHECK (id > 0))"),
				on("check-not-valid", "ALTER TABLE orders VALIDATE CONSTRAINT positive"),
				on("fk-not-valid",
						"ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES users (id) "
								+ "NOT VALID"),
				on("fk-not-valid",
						"CREATE TABLE shipments (id bigint, order_id bigint)\n====\n"
								+ "ALTER TABLE shipments ADD FOREIGN KEY (order_id) REFERENCES orders (id)"),
				on("fk-not-valid", "CREATE TABLE shipments (id bigint, order_id bigint REFERENCES orders (id))"),
				on("fk-not-valid", "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fkey"),
				on("validate-separately",
						"ALTER TABLE orders ADD CONSTRAINT positive CHECK (amount > 0) NOT VALID\n"
								+ "====\nALTER TABLE orders VALIDATE CONSTRAINT positive"),
				on("validate-separately", "ALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null"),
				on("validate-separately",
						"CREATE TABLE shipments (id bigint);\n"
								+ "ALTER TABLE shipments ADD CONSTRAINT c CHECK (id > 0) NOT VALID;\n"
								+ "ALTER TABLE shipments VALIDATE CONSTRAINT c"),
				on("validate-separately",
						"ALTER TABLE orders ADD CONSTRAINT p CHECK (amount > 0) NOT VALID;\n"
								+ "ALTER TABLE orders VALIDATE CONSTRAINT q"),
				on("unique-via-index",
						"ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx"),
				on("unique-via-index",
						"ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx"),
				on("unique-via-index",
						"CREATE TABLE shipments (id bigint)\n====\nALTER TABLE shipments ADD PRIMARY KEY (id)"),
				on("unique-via-index", "CREATE TABLE shipments (id bigint PRIMARY KEY, code text UNIQUE)"));
	}

}
