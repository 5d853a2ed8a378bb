/**
 * Testcontainers support: {@code @ServiceConnection} PostgreSQL containers give the
 * migrator its connection.
 */
package dev.migrations.autoconfigure.testcontainers;
