package dev.migrations.verify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.migrations.lint.TableLock;
import org.jspecify.annotations.Nullable;

/**
 * How one pending migration fared under {@link Verifier verify}: its timings, the row
 * counts of the tables it names, the locks its up took, and whether its down put the
 * schema back.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param version the version, as written in the file name
 * @param description the description, from the file name
 * @param script the file name
 * @param outcome how the verification ended
 * @param reversible whether the migration has a down section
 * @param upTime how long the up took, or {@code null} when it failed
 * @param downTime how long the down took, or {@code null} when it did not run or failed
 * @param rows the row counts of the tables the migration names, by table
 * @param locks the table locks the up took, by table
 * @param differences how the schema after the down differs from the schema before the up,
 * sorted; empty unless the outcome is {@link VerifyOutcome#NOT_RESTORED}
 * @param problem what failed, for the failed outcomes other than
 * {@link VerifyOutcome#NOT_RESTORED} (and for that one when the up failed again after
 * it); else {@code null}
 */
public record VerifiedMigration(String version, String description, String script, VerifyOutcome outcome,
		boolean reversible, @Nullable Duration upTime, @Nullable Duration downTime, List<TableRows> rows,
		List<TableLock> locks, List<SchemaDifference> differences, @Nullable String problem) {

	/**
	 * Validates and copies the values.
	 * @throws NullPointerException if version, description, script, outcome or a list is
	 * null
	 * @throws IllegalArgumentException if the outcome does not fit the other values: a
	 * not-restored migration without differences (or differences otherwise), an
	 * irreversible outcome for a reversible migration, a verified one without timings, or
	 * a failure without its problem
	 */
	public VerifiedMigration {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(outcome, "outcome");
		rows = List.copyOf(rows);
		locks = List.copyOf(locks);
		differences = List.copyOf(differences);
		if ((outcome == VerifyOutcome.NOT_RESTORED) == differences.isEmpty()) {
			throw new IllegalArgumentException(
					script + ": schema differences go with the NOT_RESTORED outcome only, not " + outcome);
		}
		if ((outcome == VerifyOutcome.IRREVERSIBLE) && reversible) {
			throw new IllegalArgumentException(script + ": a reversible migration cannot be IRREVERSIBLE");
		}
		if (outcome == VerifyOutcome.VERIFIED && (upTime == null || downTime == null)) {
			throw new IllegalArgumentException(script + ": a verified migration has an up and a down time");
		}
		if (outcome.isFailure() && outcome != VerifyOutcome.NOT_RESTORED && problem == null) {
			throw new IllegalArgumentException(script + ": the " + outcome + " outcome needs its problem");
		}
	}

	/**
	 * The differences as readable lines.
	 * @return such as {@code column orders.tracking_number: nullable → not null}
	 */
	public List<String> differenceLines() {
		return this.differences.stream().map(SchemaDifference::line).toList();
	}

}
