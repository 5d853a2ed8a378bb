/**
 * The migration lock: a transaction-level PostgreSQL advisory lock held in an open READ
 * COMMITTED transaction on a connection of its own, idle but for a snapshot-free
 * keep-alive, for the whole run. The open transaction pins its server connection behind a
 * pooler in transaction mode and dies with its client, so a killed migrator never leaves
 * a stale lock behind; holding no snapshot, it never makes {@code CREATE INDEX
 * CONCURRENTLY} wait. Waiters hold no connection between tries. History writes are fenced
 * on the lock ({@link dev.migrations.internal.lock.Fence}).
 */
package dev.migrations.internal.lock;
