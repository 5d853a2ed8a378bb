package dev.migrations;

import java.util.List;

import dev.migrations.verify.VerifyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which databases verify may run on.
 */
class VerifyOptionsTest {

	@ParameterizedTest
	@ValueSource(strings = { "orders_clone", "staging", "shop-staging-2", "test_1234_5", "TEST", "orders.copy", "ci",
			"verify_orders", "app_tests" })
	void permitsNamesThatLookLikeAClone(String database) {
		assertThat(VerifyOptions.defaults().permits(database)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "orders", "production_orders", "pricing", "specials", "latest", "contest", "clones" })
	void refusesOtherNames(String database) {
		assertThat(VerifyOptions.defaults().permits(database)).isFalse();
	}

	@Test
	void permitsAnyNameWhenAllowed() {
		assertThat(VerifyOptions.defaults().withAllow(true).permits("production")).isTrue();
	}

	@Test
	void matchesACustomPatternAgainstTheWholeName() {
		VerifyOptions options = VerifyOptions.defaults().withDatabasePattern("shop_[0-9]+");

		assertThat(options.permits("shop_42")).isTrue();
		assertThat(options.permits("shop_42_live")).isFalse();
	}

	@Test
	void refusesAPatternThatIsNotARegularExpression() {
		assertThatIllegalArgumentException().isThrownBy(() -> VerifyOptions.defaults().withDatabasePattern("(clone"))
			.withMessageStartingWith("The databasePattern setting is not a regular expression: ");
	}

	@Test
	void defaultsToTheCurrentSchema() {
		assertThat(VerifyOptions.defaults().schemas()).isEmpty();
		assertThat(VerifyOptions.defaults().withSchemas(List.of("app")).schemas()).containsExactly("app");
	}

}
