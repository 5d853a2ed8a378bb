/**
 * Micrometer metrics fed by the engine's listener (execution and lock-wait timers,
 * failure counter, pending and applied gauges) and an Observation around each command
 * run, with their auto-configuration.
 */
package dev.migrations.autoconfigure.metrics;
