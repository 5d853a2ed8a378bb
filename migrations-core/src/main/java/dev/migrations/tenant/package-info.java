/**
 * Migrations for many tenants: {@link dev.migrations.tenant.TenantMigrator} applies one
 * migrator's files to each tenant, a schema per tenant (its own history table and lock
 * there, the schema first on the search path, {@code ${tenant}} as a placeholder) or a
 * database per tenant, several at once with bounded parallelism, and returns a
 * {@link dev.migrations.tenant.TenantsResult} naming every tenant's
 * {@link dev.migrations.tenant.TenantResult outcome}.
 */
package dev.migrations.tenant;
