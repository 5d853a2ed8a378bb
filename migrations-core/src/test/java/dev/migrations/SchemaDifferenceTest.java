package dev.migrations;

import dev.migrations.verify.SchemaDifference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A schema difference reads as one precise line and refuses to describe no difference.
 */
class SchemaDifferenceTest {

	@Test
	void showsSelfDescribingValuesWithoutTheAttributesName() {
		assertThat(new SchemaDifference("column", "orders.tracking_number", "nullability", "nullable", "not null"))
			.hasToString("column orders.tracking_number: nullable → not null");
	}

	@Test
	void namesOtherAttributesAndShowsNoValueAsNone() {
		assertThat(new SchemaDifference("column", "orders.status", "default", null, "'new'::text").line())
			.isEqualTo("column orders.status: default none → 'new'::text");
	}

	@Test
	void showsAnObjectOnOneSideWithItsSummary() {
		assertThat(new SchemaDifference("column", "users.phone", null, "character varying(30), nullable", null).line())
			.isEqualTo("column users.phone: present (character varying(30), nullable) → absent");
		assertThat(new SchemaDifference("table", "t", null, null, "").line()).isEqualTo("table t: absent → present");
	}

	@Test
	void cutsLongValuesShortAroundWhereTheyDiffer() {
		String common = "x".repeat(200);

		assertThat(new SchemaDifference("view", "v", "definition", common + " a " + "y".repeat(200),
				common + " b " + "y".repeat(200))
			.line())
			.isEqualTo("view v: definition …" + "x".repeat(39) + " a " + "y".repeat(58) + "… → …" + "x".repeat(39)
					+ " b " + "y".repeat(58) + "…");
	}

	@Test
	void refusesADifferenceWithoutOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SchemaDifference("column", "t.a", "type", "text", "text"))
			.withMessage("No difference in type of column t.a: both are text");
		assertThatIllegalArgumentException().isThrownBy(() -> new SchemaDifference("table", "t", null, "", ""));
	}

}
