package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.MissingDownPolicy;
import dev.migrations.MissingFilePolicy;
import dev.migrations.Version;
import dev.migrations.lint.LintMode;
import dev.migrations.verify.VerifyOptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MigrationsPropertiesTests {

	@Test
	void defaultsEqualTheEngineDefaults() {
		assertThat(new MigrationsProperties().toConfiguration(null)).isEqualTo(MigrationsConfiguration.defaults());
	}

	@Test
	void verifyDefaultsEqualTheEngineDefaults() {
		MigrationsProperties properties = new MigrationsProperties();
		assertThat(properties.toVerifyOptions()).isEqualTo(VerifyOptions.defaults());
		assertThat(properties.getVerify().getReportFile()).isNull();
	}

	@Test
	void defaultsOfTheSpringOnlyProperties() {
		MigrationsProperties properties = new MigrationsProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getMode()).isEqualTo(MigrationsProperties.Mode.MIGRATE);
		assertThat(properties.getCommand()).isNull();
		assertThat(properties.getUrl()).isNull();
		assertThat(properties.getUser()).isNull();
		assertThat(properties.getPassword()).isNull();
		assertThat(properties.getEndpoint().getShowSql()).isEqualTo(MigrationsProperties.ShowSql.NEVER);
		assertThat(properties.getEndpoint().isWriteEnabled()).isFalse();
	}

	@Test
	void generatedMetadataStatesTheEngineDefaults() throws IOException {
		String metadata = metadata();
		assertThat(defaultValue(metadata, "migrations.table")).isEqualTo(MigrationsConfiguration.DEFAULT_TABLE);
		assertThat(defaultValue(metadata, "migrations.locations"))
			.isEqualTo(List.of(MigrationsConfiguration.DEFAULT_LOCATION));
		assertThat(Duration.ofMinutes(
				Long.parseLong(((String) defaultValue(metadata, "migrations.lock-wait-timeout")).replace("m", ""))))
			.isEqualTo(MigrationsConfiguration.DEFAULT_LOCK_WAIT_TIMEOUT);
		assertThat(defaultValue(metadata, "migrations.create-schema")).isEqualTo(true);
		assertThat(defaultValue(metadata, "migrations.out-of-order")).isEqualTo(false);
		assertThat(defaultValue(metadata, "migrations.missing-file-policy")).isEqualTo("fail");
		assertThat(defaultValue(metadata, "migrations.mode")).isEqualTo("migrate");
		assertThat(defaultValue(metadata, "migrations.endpoint.show-sql")).isEqualTo("never");
		assertThat(defaultValue(metadata, "migrations.endpoint.write-enabled")).isEqualTo(false);
	}

	@Test
	void generatedMetadataStatesTheEngineDefaultsOfTheRuntimeSettings() throws IOException {
		String metadata = metadata();
		assertThat(DurationStyle.detectAndParse((String) defaultValue(metadata, "migrations.lock-timeout")))
			.isEqualTo(MigrationsConfiguration.DEFAULT_LOCK_TIMEOUT);
		assertThat(defaultValue(metadata, "migrations.lock-retries"))
			.isEqualTo(MigrationsConfiguration.DEFAULT_LOCK_RETRIES);
		assertThat(DurationStyle.detectAndParse((String) defaultValue(metadata, "migrations.lock-retry-backoff")))
			.isEqualTo(MigrationsConfiguration.DEFAULT_LOCK_RETRY_BACKOFF);
		assertThat(defaultValue(metadata, "migrations.contract.enabled")).isEqualTo(false);
		assertThat(property(metadata, "migrations.statement-timeout")).doesNotContainKey("defaultValue");
		assertThat(property(metadata, "migrations.long-statement-timeout")).doesNotContainKey("defaultValue");
	}

	@Test
	void generatedMetadataStatesTheEngineDefaultsOfLintFlywayPlaceholdersAndVerify() throws IOException {
		String metadata = metadata();
		assertThat(defaultValue(metadata, "migrations.lint.mode")).isEqualTo("fail");
		assertThat(defaultValue(metadata, "migrations.flyway.missing-down")).isEqualTo("irreversible");
		assertThat(defaultValue(metadata, "migrations.flyway.history-table"))
			.isEqualTo(MigrationsConfiguration.DEFAULT_FLYWAY_HISTORY_TABLE);
		assertThat(defaultValue(metadata, "migrations.placeholder-replacement")).isEqualTo(true);
		assertThat(defaultValue(metadata, "migrations.placeholders-outside-quotes-only")).isEqualTo(false);
		assertThat(defaultValue(metadata, "migrations.verify.allow")).isEqualTo(false);
		assertThat(defaultValue(metadata, "migrations.verify.database-pattern"))
			.isEqualTo(VerifyOptions.DEFAULT_DATABASE_PATTERN);
		assertThat(property(metadata, "migrations.baseline-version")).doesNotContainKey("defaultValue");
		assertThat(property(metadata, "migrations.placeholders")).doesNotContainKey("defaultValue");
		assertThat(property(metadata, "migrations.verify.schemas")).doesNotContainKey("defaultValue");
		assertThat(property(metadata, "migrations.verify.report-file")).doesNotContainKey("defaultValue");
	}

	@Test
	void everyPropertyHasADescription() throws IOException {
		List<String> undocumented = JsonPath.read(metadata(),
				"$.properties[?(@.name =~ /migrations\\..*/ && !@.description)].name");
		assertThat(undocumented).isEmpty();
	}

	@Test
	void boundPropertiesReachTheEngineConfiguration() {
		MigrationsProperties properties = bind("migrations.locations=classpath:db/first,filesystem:/tmp/more",
				"migrations.table=history", "migrations.schema=ops", "migrations.create-schema=false",
				"migrations.target=2", "migrations.out-of-order=true", "migrations.missing-file-policy=warn",
				"migrations.lock-wait-timeout=30s", "migrations.lock-timeout=2s", "migrations.statement-timeout=1m",
				"migrations.long-statement-timeout=2h", "migrations.lock-retries=3", "migrations.lock-retry-backoff=1s",
				"migrations.contract.enabled=true", "migrations.lint.mode=warn", "migrations.flyway.missing-down=fail",
				"migrations.flyway.history-table=flyway_history", "migrations.baseline-version=20200101.1",
				"migrations.placeholders.owner=orders-team", "migrations.placeholder-replacement=false",
				"migrations.placeholders-outside-quotes-only=true");
		ClassLoader classLoader = getClass().getClassLoader();
		MigrationsConfiguration configuration = properties.toConfiguration(classLoader);
		assertThat(configuration).isEqualTo(MigrationsConfiguration.builder()
			.locations("classpath:db/first", "filesystem:/tmp/more")
			.table("history")
			.schema("ops")
			.createSchema(false)
			.target(Version.parse("2"))
			.outOfOrder(true)
			.missingFilePolicy(MissingFilePolicy.WARN)
			.lockWaitTimeout(Duration.ofSeconds(30))
			.lockTimeout(Duration.ofSeconds(2))
			.statementTimeout(Duration.ofMinutes(1))
			.longStatementTimeout(Duration.ofHours(2))
			.lockRetries(3)
			.lockRetryBackoff(Duration.ofSeconds(1))
			.contractEnabled(true)
			.lintMode(LintMode.WARN)
			.missingDownPolicy(MissingDownPolicy.FAIL)
			.flywayHistoryTable("flyway_history")
			.baselineVersion(Version.parse("20200101.1"))
			.placeholders(Map.of("owner", "orders-team"))
			.placeholderReplacement(false)
			.placeholdersOutsideQuotesOnly(true)
			.classLoader(classLoader)
			.build());
	}

	@Test
	void placeholdersAndTheirSiblingPropertiesBindApart() {
		MigrationsProperties properties = bind("migrations.placeholders.owner=orders-team",
				"migrations.placeholders.schema=shop", "migrations.placeholders-outside-quotes-only=true",
				"migrations.placeholder-replacement=true");
		assertThat(properties.getPlaceholders()).containsExactly(Map.entry("owner", "orders-team"),
				Map.entry("schema", "shop"));
		assertThat(properties.isPlaceholdersOutsideQuotesOnly()).isTrue();
		assertThat(properties.isPlaceholderReplacement()).isTrue();
	}

	@Test
	void placeholdersAndTheirSiblingPropertiesBindApartFromEnvironmentVariables() {
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("MIGRATIONS_PLACEHOLDERS_OWNER", "orders-team", "MIGRATIONS_PLACEHOLDERSOUTSIDEQUOTESONLY",
						"true", "MIGRATIONS_PLACEHOLDERREPLACEMENT", "false"));
		MigrationsProperties properties = new Binder(ConfigurationPropertySources.from(environment))
			.bindOrCreate("migrations", MigrationsProperties.class);
		assertThat(properties.getPlaceholders()).containsExactly(Map.entry("owner", "orders-team"));
		assertThat(properties.isPlaceholdersOutsideQuotesOnly()).isTrue();
		assertThat(properties.isPlaceholderReplacement()).isFalse();
	}

	@Test
	void bindsTheVerifySettings() {
		MigrationsProperties properties = bind("migrations.verify.allow=true",
				"migrations.verify.database-pattern=shop_(clone|copy)", "migrations.verify.schemas=public,billing",
				"migrations.verify.report-file=target/verify.json");
		assertThat(properties.toVerifyOptions())
			.isEqualTo(new VerifyOptions(true, "shop_(clone|copy)", List.of("public", "billing")));
		assertThat(properties.getVerify().getReportFile()).isEqualTo("target/verify.json");
	}

	@Test
	void anInvalidBaselineVersionNamesTheProperty() {
		MigrationsProperties properties = bind("migrations.baseline-version=v1");
		assertThatIllegalArgumentException().isThrownBy(() -> properties.toConfiguration(null))
			.withMessageStartingWith("Invalid migrations.baseline-version: ");
	}

	@Test
	void anInvalidDatabasePatternNamesTheProperty() {
		MigrationsProperties properties = bind("migrations.verify.database-pattern=(clone");
		assertThatIllegalArgumentException().isThrownBy(properties::toVerifyOptions)
			.withMessageContaining("migrations.verify.database-pattern");
	}

	@Test
	void anInvalidFlywayHistoryTableNamesTheProperty() {
		MigrationsProperties properties = bind("migrations.flyway.history-table=flyway history");
		assertThatIllegalArgumentException().isThrownBy(() -> properties.toConfiguration(null))
			.withMessageContaining("migrations.flyway.history-table");
	}

	@Test
	void bindsTheModeCommandAndEndpointSettings() {
		MigrationsProperties properties = bind("migrations.mode=validate", "migrations.command=verify",
				"migrations.endpoint.show-sql=when-authorized", "migrations.endpoint.write-enabled=true");
		assertThat(properties.getMode()).isEqualTo(MigrationsProperties.Mode.VALIDATE);
		assertThat(properties.getCommand()).isEqualTo(MigrationsProperties.Command.VERIFY);
		assertThat(properties.getEndpoint().getShowSql()).isEqualTo(MigrationsProperties.ShowSql.WHEN_AUTHORIZED);
		assertThat(properties.getEndpoint().isWriteEnabled()).isTrue();
	}

	@Test
	void anInvalidTargetNamesTheProperty() {
		MigrationsProperties properties = new MigrationsProperties();
		properties.setTarget("v2");
		assertThatIllegalArgumentException().isThrownBy(() -> properties.toConfiguration(null))
			.withMessageStartingWith("Invalid migrations.target: ");
	}

	@Test
	void anInvalidTableNameNamesTheProperty() {
		MigrationsProperties properties = new MigrationsProperties();
		properties.setTable("drop table");
		assertThatIllegalArgumentException().isThrownBy(() -> properties.toConfiguration(null))
			.withMessageContaining("migrations.table");
	}

	@Test
	void anInvalidLockTimeoutNamesTheProperty() {
		MigrationsProperties properties = bind("migrations.lock-timeout=0s");
		assertThatIllegalArgumentException().isThrownBy(() -> properties.toConfiguration(null))
			.withMessageContaining("migrations.lock-timeout");
	}

	@Test
	void negativeLockRetriesNameTheProperty() {
		MigrationsProperties properties = bind("migrations.lock-retries=-1");
		assertThatIllegalArgumentException().isThrownBy(() -> properties.toConfiguration(null))
			.withMessageContaining("migrations.lock-retries");
	}

	private static MigrationsProperties bind(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String pair : pairs) {
			map.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("migrations",
				MigrationsProperties.class);
	}

	private static String metadata() throws IOException {
		try (InputStream in = MigrationsPropertiesTests.class.getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated configuration metadata").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Map<String, Object> property(String metadata, String name) {
		List<Map<String, Object>> properties = JsonPath.read(metadata, "$.properties[?(@.name == '" + name + "')]");
		assertThat(properties).as(name).hasSize(1);
		return properties.get(0);
	}

	private static Object defaultValue(String metadata, String name) {
		List<Object> values = JsonPath.read(metadata, "$.properties[?(@.name == '" + name + "')].defaultValue");
		assertThat(values).as(name).hasSize(1);
		return values.get(0);
	}

}
