/**
 * Docker compose support: the JDBC connection of a compose service gives the migrator its
 * connection.
 */
package dev.migrations.autoconfigure.docker.compose;
