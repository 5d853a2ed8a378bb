package dev.migrations.internal.sql.ddl;

import java.util.List;

import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading statements on tokens: identifiers folded or kept as quoted, qualified names,
 * {@code IF [NOT] EXISTS}, {@code ONLY}, and strings and comments that never count.
 */
class StatementReaderTest {

	private static Command read(String sql) {
		List<Token> tokens = new SqlLexer().tokenize("test.sql", sql, 1)
			.stream()
			.filter((token) -> !token.isTrivia())
			.toList();
		return new StatementReader().read(tokens);
	}

	@Test
	void readsACreateIndexWithEveryOption() {
		assertThat(read("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Idx\" ON ONLY public.\"Orders\" (a)"))
			.isInstanceOfSatisfying(Command.CreateIndex.class, (index) -> {
				assertThat(index.index()).isEqualTo(new TableName(null, "Idx"));
				assertThat(index.table()).isEqualTo(new TableName("public", "Orders"));
				assertThat(index.concurrently()).isTrue();
				assertThat(index.ifNotExists()).isTrue();
			});
	}

	@Test
	void foldsUnquotedIdentifiersAndKeepsQuotedOnes() {
		assertThat(read("ALTER TABLE IF EXISTS ONLY PUBLIC.Orders * ADD COLUMN IF NOT EXISTS \"Note\" "
				+ "VARCHAR(30) NOT NULL DEFAULT 'x'"))
			.isInstanceOfSatisfying(Command.AlterTable.class, (alter) -> {
				assertThat(alter.table()).isEqualTo(new TableName("public", "orders"));
				assertThat(alter.actions()).singleElement()
					.isInstanceOfSatisfying(TableAction.AddColumn.class, (add) -> {
						assertThat(add.column().name()).isEqualTo("Note");
						assertThat(add.column().type()).hasToString("varchar(30)");
						assertThat(add.column().notNull()).isTrue();
						assertThat(add.column().defaultValue().kind()).isEqualTo(DefaultValue.Kind.NON_VOLATILE);
					});
			});
	}

	@Test
	void readsEveryTableOfADrop() {
		assertThat(read("DROP TABLE IF EXISTS a, public.b CASCADE")).isInstanceOfSatisfying(Command.DropTable.class,
				(drop) -> assertThat(drop.tables()).containsExactly(new TableName(null, "a"),
						new TableName("public", "b")));
	}

	@Test
	void readsAForeignKeyAddedNotValid() {
		assertThat(read("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES s.users (id) "
				+ "ON DELETE CASCADE NOT VALID"))
			.isInstanceOfSatisfying(Command.AlterTable.class, (alter) -> assertThat(alter.actions()).singleElement()
				.isInstanceOfSatisfying(TableAction.AddConstraint.class, (add) -> {
					assertThat(add.constraint().kind()).isEqualTo(Constraint.Kind.FOREIGN_KEY);
					assertThat(add.constraint().name()).isEqualTo("fk");
					assertThat(add.constraint().references()).isEqualTo(new TableName("s", "users"));
					assertThat(add.constraint().notValid()).isTrue();
				}));
	}

	@Test
	void readsATypeChangeWithUsing() {
		assertThat(read("ALTER TABLE orders ALTER COLUMN x SET DATA TYPE numeric(10, 2) USING x::numeric"))
			.isInstanceOfSatisfying(Command.AlterTable.class, (alter) -> assertThat(alter.actions()).singleElement()
				.isInstanceOfSatisfying(TableAction.AlterColumnType.class, (change) -> {
					assertThat(change.type()).hasToString("numeric(10,2)");
					assertThat(change.using()).isTrue();
				}));
	}

	@Test
	void readsTheChangedTableBehindACommonTableExpression() {
		assertThat(read("WITH moved AS (DELETE FROM orders WHERE id < 10 RETURNING *) INSERT INTO archive SELECT * "
				+ "FROM moved"))
			.isInstanceOfSatisfying(Command.DataChange.class,
					(change) -> assertThat(change.table()).isEqualTo(new TableName(null, "archive")));
	}

	@Test
	void readsABoundedUpdateWithAnAlias() {
		assertThat(read("UPDATE ONLY orders AS o SET x = 1 WHERE o.id BETWEEN 1 AND 2 RETURNING *"))
			.isInstanceOfSatisfying(Command.DataChange.class, (change) -> {
				assertThat(change.table()).isEqualTo(new TableName(null, "orders"));
				assertThat(change.bounded()).isTrue();
			});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "SELECT 'ALTER TABLE orders DROP COLUMN x'", "COMMENT ON TABLE orders IS 'DROP TABLE orders'",
					"DO $$ BEGIN EXECUTE 'DROP TABLE orders'; END $$", "SET lock_timeout = '5s'", "CREATE TABLE",
					"ALTER TABLE", "CREATE INDEX ON", "DROP INDEX", "REINDEX", "UPDATE", "ALTER TYPE" })
	void textInsideStringsOrIncompleteStatementsIsNeverAnAction(String sql) {
		Command command = read(sql);

		assertThat(command).isNotInstanceOfAny(Command.AlterTable.class, Command.DropTable.class,
				Command.CreateIndex.class, Command.DataChange.class);
	}

}
