/**
 * The migration lock: a session-level PostgreSQL advisory lock held on a connection of
 * its own, idle for the whole run. Because it belongs to a session and not to a
 * transaction, it never blocks {@code CREATE INDEX CONCURRENTLY}, and it disappears the
 * moment its connection dies, so a killed migrator never leaves a stale lock behind.
 */
package dev.migrations.internal.lock;
