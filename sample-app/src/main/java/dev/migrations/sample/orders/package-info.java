/**
 * Orders: a REST resource over the {@code orders} table, which the migrations create,
 * give a NOT NULL tracking number in three steps, index by customer without locking, and
 * archive in batches.
 */
package dev.migrations.sample.orders;
