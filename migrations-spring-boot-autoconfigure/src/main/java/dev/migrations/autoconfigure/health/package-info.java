/**
 * The {@code migrations} health indicator (DOWN on failed, changed or missing migrations,
 * and on pending ones in validate mode; UP with a {@code held} count for contract-phase
 * migrations not released yet) and its auto-configuration.
 */
package dev.migrations.autoconfigure.health;
