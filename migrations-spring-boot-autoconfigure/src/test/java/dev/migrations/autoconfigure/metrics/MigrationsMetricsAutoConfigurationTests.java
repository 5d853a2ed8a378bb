package dev.migrations.autoconfigure.metrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(MigrationsAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class));

	@Test
	void recordsARealMigrate() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean(MeterRegistry.class, () -> registry)
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrationsMetrics.class);
				assertThat(registry.get("migrations.applied").gauge().value()).isEqualTo(3.0);
				assertThat(registry.get("migrations.pending").gauge().value()).isZero();
				assertThat(registry.get("migrations.execution")
					.tags("outcome", "success", "transactional", "true", "direction", "up")
					.timer()
					.count()).isEqualTo(2);
				assertThat(registry.get("migrations.execution")
					.tags("outcome", "success", "transactional", "false", "direction", "up")
					.timer()
					.count()).isEqualTo(1);
				assertThat(registry.get("migrations.lock.wait").timer().count()).isPositive();
				assertThat(registry.find("migrations.failures").counter()).isNull();
				assertThat(registry.get("migrations.batch.progress").gauge().value()).isZero();
				assertThat(registry.find("migrations.lock.retries").counter()).isNull();
			});
	}

	@Test
	void recordsAFailedMigration() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean(MeterRegistry.class, () -> registry)
			.withPropertyValues("migrations.locations=classpath:db/failing")
			.run((context) -> assertThat(context).hasFailed());
		assertThat(registry.get("migrations.failures").tag("direction", "up").counter().count()).isEqualTo(1.0);
		assertThat(registry.get("migrations.execution").tags("outcome", "failure").timer().count()).isEqualTo(1);
		assertThat(registry.get("migrations.execution").tags("outcome", "success").timer().count()).isEqualTo(1);
	}

	@Test
	void observesEachCommandRun() {
		List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

		});
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withBean(ObservationRegistry.class, () -> observations)
			.run((context) -> {
				assertThat(context).getBean(MigrationsCommandObserver.class).isInstanceOf(CommandObservation.class);
				assertThat(stopped).singleElement().satisfies((observation) -> {
					assertThat(observation.getName()).isEqualTo("migrations.command");
					assertThat(observation.getLowCardinalityKeyValue("command").getValue()).isEqualTo("migrate");
					assertThat(observation.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
				});
			});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.mode=none")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsMetrics.class)
				.doesNotHaveBean(CommandObservation.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.mode=none")
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsMetrics.class));
	}

}
