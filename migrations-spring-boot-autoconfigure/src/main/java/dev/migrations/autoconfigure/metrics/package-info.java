/**
 * Micrometer metrics fed by the engine's listener (execution and lock-wait timers,
 * failure, lock-retry and batched-row counters, pending, applied and batch-progress
 * gauges) and an Observation around each command run, with their auto-configuration.
 */
package dev.migrations.autoconfigure.metrics;
