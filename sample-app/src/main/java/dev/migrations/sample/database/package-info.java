/**
 * Where the sample's database comes from: the server configured with
 * {@code spring.datasource.*}, or an embedded PostgreSQL started before the DataSource
 * when none is configured.
 */
package dev.migrations.sample.database;
