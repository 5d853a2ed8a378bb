/**
 * The {@code migrations} actuator endpoint ({@code GET /actuator/migrations}, {@code GET
 * /actuator/migrations/{version}}), its opt-in write operations, and their
 * auto-configuration.
 */
package dev.migrations.autoconfigure.endpoint;
