package dev.migrations;

import dev.migrations.lint.LockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL's lock conflict table, as {@link LockLevel} encodes it.
 */
class LockLevelTest {

	@ParameterizedTest(name = "{0} vs {1}: {2}")
	@CsvSource({ "ACCESS_SHARE, ACCESS_EXCLUSIVE, true", "ACCESS_SHARE, EXCLUSIVE, false", "ROW_EXCLUSIVE, SHARE, true",
			"ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, false", "SHARE_UPDATE_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, true",
			"SHARE, SHARE, false", "SHARE_ROW_EXCLUSIVE, SHARE_ROW_EXCLUSIVE, true", "ROW_SHARE, EXCLUSIVE, true",
			"ROW_SHARE, SHARE_ROW_EXCLUSIVE, false" })
	void conflictsAsTheManualSays(LockLevel a, LockLevel b, boolean conflict) {
		assertThat(a.conflictsWith(b)).isEqualTo(conflict);
		assertThat(b.conflictsWith(a)).isEqualTo(conflict);
	}

	@Test
	void theConflictTableIsSymmetric() {
		for (LockLevel a : LockLevel.values()) {
			for (LockLevel b : LockLevel.values()) {
				assertThat(a.conflictsWith(b)).as("%s vs %s", a, b).isEqualTo(b.conflictsWith(a));
			}
		}
	}

	@Test
	void onlyAccessExclusiveBlocksReadsAndShareAndStrongerBlockWrites() {
		assertThat(LockLevel.values()).filteredOn(LockLevel::blocksReads).containsExactly(LockLevel.ACCESS_EXCLUSIVE);
		assertThat(LockLevel.values()).filteredOn(LockLevel::blocksWrites)
			.containsExactly(LockLevel.SHARE, LockLevel.SHARE_ROW_EXCLUSIVE, LockLevel.EXCLUSIVE,
					LockLevel.ACCESS_EXCLUSIVE);
		assertThat(LockLevel.SHARE_UPDATE_EXCLUSIVE.impact()).isEqualTo("blocks schema changes, not reads or writes");
		assertThat(LockLevel.ACCESS_EXCLUSIVE).hasToString("ACCESS EXCLUSIVE");
	}

}
