/**
 * The sample application: its entry point, and one package per concern (the database it
 * runs on, users, orders), all reading and writing through the schema its migrations in
 * {@code db/migrations} build.
 */
package dev.migrations.sample;
