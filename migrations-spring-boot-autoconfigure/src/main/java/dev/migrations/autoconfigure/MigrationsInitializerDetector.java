package dev.migrations.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot's database initialization ordering that {@link MigrationsInitializer}
 * and {@link MigrationsCommandRunner} beans initialize the database, so that beans
 * depending on it (EntityManagerFactory, jOOQ, JdbcTemplate, JdbcClient) are created
 * after them. Registered in {@code META-INF/spring.factories}.
 */
class MigrationsInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrationsInitializer.class, MigrationsCommandRunner.class, MigrationTenants.class);
	}

	@Override
	public int getOrder() {
		// with Flyway's and Liquibase's initializers, after script-based initialization
		// (order 0)
		return 1;
	}

}
