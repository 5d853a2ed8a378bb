/**
 * Spring Boot wiring of the engine: {@code migrations.*} properties, the auto-configured
 * {@link dev.migrations.Migrator}, the start-up initializer that runs before every bean
 * using the schema, the one-shot command mode, Hibernate's schema management hint and the
 * start-up failure analysis. Actuator and metrics wiring live in the sub-packages, each
 * behind its own conditions.
 */
package dev.migrations.autoconfigure;
