/**
 * The {@code migrations} health indicator (DOWN on failed, changed or missing migrations,
 * and on pending ones in validate mode) and its auto-configuration.
 */
package dev.migrations.autoconfigure.health;
