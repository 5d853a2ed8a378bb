package dev.migrations.internal.lint;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static dev.migrations.internal.lint.LintFixture.on;

/**
 * change-column-type, rename-column, rename-table, drop-column, drop-table.
 */
class ChangeRulesTest extends RuleTableTest {

	static Stream<Arguments> firing() {
		return Stream.of(on("change-column-type", "ALTER TABLE orders ALTER COLUMN code TYPE bigint"),
				on("change-column-type", "ALTER TABLE orders ALTER COLUMN note TYPE varchar(20)"),
				on("change-column-type", "ALTER TABLE orders ALTER COLUMN status TYPE varchar(10)"),
				on("change-column-type", "ALTER TABLE orders ALTER COLUMN note TYPE text USING trim(note)"),
				on("change-column-type", "ALTER TABLE orders ALTER COLUMN amount TYPE numeric(10,4)"),
				on("change-column-type", "ALTER TABLE orders ALTER COLUMN mystery TYPE text"),
				on("rename-column", "ALTER TABLE users RENAME COLUMN name TO full_name"),
				on("rename-column", "ALTER TABLE public.users RENAME name TO full_name"),
				on("rename-column", "ALTER TABLE IF EXISTS ONLY orders RENAME COLUMN \"status\" TO state"),
				on("rename-table", "ALTER TABLE orders RENAME TO purchases"),
				on("rename-table", "ALTER TABLE public.users RENAME TO accounts"),
				on("rename-table", "ALTER TABLE legacy_events SET SCHEMA archive"),
				on("rename-table", "ALTER TABLE legacy_events RENAME TO legacy_events_deprecated"),
				on("drop-column", "ALTER TABLE users DROP COLUMN name"),
				on("drop-column", "ALTER TABLE users DROP name CASCADE"),
				on("drop-column", "ALTER TABLE orders DROP COLUMN IF EXISTS note, DROP COLUMN code"),
				on("drop-column", "-- migrate:phase expand\n-- migrate:up\nALTER TABLE users DROP COLUMN name"),
				on("drop-table", "DROP TABLE legacy_events"),
				on("drop-table", "DROP TABLE IF EXISTS public.orders CASCADE"),
				on("drop-table", "DROP TABLE _old_audit_deprecated, users"),
				on("drop-table", "ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated\n====\n"
						+ "DROP TABLE _legacy_events_deprecated"));
	}

	static Stream<Arguments> quiet() {
		return Stream.of(on("change-column-type", "ALTER TABLE orders ALTER COLUMN note TYPE text"),
				on("change-column-type", "ALTER TABLE orders ALTER COLUMN note TYPE varchar(60)"),
				on("change-column-type", "ALTER TABLE orders ALTER COLUMN amount SET DATA TYPE numeric(12,2)"),
				on("change-column-type", "ALTER TABLE users ALTER COLUMN name TYPE character varying"),
				on("change-column-type",
						"CREATE TABLE shipments (id int)\n====\nALTER TABLE shipments ALTER COLUMN id TYPE bigint"),
				on("change-column-type",
						"ALTER TABLE orders ADD COLUMN ref varchar(10)\n====\n"
								+ "ALTER TABLE orders ALTER COLUMN ref TYPE varchar(20)"),
				on("rename-column",
						"CREATE TABLE shipments (id bigint, code text)\n====\n"
								+ "ALTER TABLE shipments RENAME COLUMN code TO tracking_code"),
				on("rename-column", "ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_unique"),
				on("rename-column", "ALTER TABLE users ADD COLUMN full_name VARCHAR(200)"),
				on("rename-column", "ALTER INDEX idx_orders_status RENAME TO idx_orders_state"),
				on("rename-table", "ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated"),
				on("rename-table",
						"CREATE TABLE shipments (id bigint)\n====\nALTER TABLE shipments RENAME TO deliveries"),
				on("rename-table", "CREATE TABLE shipments (id bigint);\nALTER TABLE shipments RENAME TO deliveries"),
				on("rename-table", "ALTER TABLE orders RENAME CONSTRAINT a TO b"),
				on("drop-column", "-- migrate:phase contract\n-- migrate:up\nALTER TABLE users DROP COLUMN name"),
				on("drop-column",
						"CREATE TABLE shipments (id bigint, code text)\n====\nALTER TABLE shipments DROP COLUMN code"),
				on("drop-column", "ALTER TABLE orders DROP CONSTRAINT orders_note_not_null"),
				on("drop-column", "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT"),
				on("drop-table", "DROP TABLE _old_audit_deprecated"),
				on("drop-table", "CREATE TABLE scratch (id bigint)\n====\nDROP TABLE scratch"),
				on("drop-table", "CREATE TABLE scratch (id bigint);\nDROP TABLE scratch"),
				on("drop-table", "DROP VIEW orders_view"));
	}

}
