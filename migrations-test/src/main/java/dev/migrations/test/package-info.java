/**
 * Test support for users' own JUnit tests: {@link dev.migrations.test.MigrationsVerifier}
 * verifies pending migrations against a test database (each one's up, down and up again,
 * the schema compared before the up and after the down), and
 * {@link dev.migrations.test.MigrationsAssertions} asserts on the report, AssertJ style.
 * Built on the engine's public API only.
 */
package dev.migrations.test;
