package dev.migrations.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CommandAutoConfigurationFilterTests {

	private static final String[] CANDIDATES = {
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			MigrationsAutoConfiguration.class.getName(),
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
			"dev.migrations.autoconfigure.endpoint.MigrationsEndpointAutoConfiguration",
			"com.example.platform.CompanyDataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceConfiguration$Hikari" };

	@Test
	void aCommandKeepsOnlyWhatItNeedsOfBootAndOtherLibrariesAutoConfigurations() {
		assertThat(filter(new MockEnvironment().withProperty("migrations.command", "status")).match(CANDIDATES, null))
			.containsExactly(true, true, false, false, false, true, true);
	}

	@Test
	void withoutACommandEverythingStays() {
		assertThat(filter(new MockEnvironment()).match(CANDIDATES, null)).containsOnly(true);
	}

	@Test
	void disabledMigrationsRunNoCommandAndFilterNothing() {
		assertThat(filter(new MockEnvironment().withProperty("migrations.command", "status")
			.withProperty("migrations.enabled", "false")).match(CANDIDATES, null)).containsOnly(true);
	}

	private static CommandAutoConfigurationFilter filter(MockEnvironment environment) {
		CommandAutoConfigurationFilter filter = new CommandAutoConfigurationFilter();
		filter.setEnvironment(environment);
		filter.setBeanClassLoader(CommandAutoConfigurationFilterTests.class.getClassLoader());
		return filter;
	}

}
