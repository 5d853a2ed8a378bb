/**
 * Users: a REST resource over the {@code users} table, which the migrations create, give
 * a phone number and rename {@code name} to {@code full_name} by expand/contract.
 */
package dev.migrations.sample.users;
