package dev.migrations.sample.users;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the {@code users} table. Reads use {@code full_name} only. Writes fill
 * {@code full_name} and, for as long as the old {@code name} column exists (before the
 * contract migration, or after it is undone), {@code name} too: the "write both" phase of
 * a rename by expand/contract, which keeps this code working on either side of the
 * contract migration. Thread-safe.
 */
@Repository
public class UserRepository {

	private static final String COLUMNS = "id, full_name, email, phone, created_at";

	private static final String INSERT = "INSERT INTO users (full_name, email, phone) "
			+ "VALUES (:fullName, :email, :phone) RETURNING " + COLUMNS;

	private static final String INSERT_WRITING_BOTH_NAMES = "INSERT INTO users (full_name, name, email, phone) "
			+ "VALUES (:fullName, :fullName, :email, :phone) RETURNING " + COLUMNS;

	private static final String HAS_NAME_COLUMN = """
			SELECT EXISTS (SELECT 1 FROM information_schema.columns
			               WHERE table_schema = current_schema() AND table_name = 'users' AND column_name = 'name')
			""";

	private static final RowMapper<User> USER = (rs, row) -> new User(rs.getLong("id"), rs.getString("full_name"),
			rs.getString("email"), rs.getString("phone"), rs.getObject("created_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	/**
	 * Creates the repository.
	 * @param jdbc the client, created after the migrations ran
	 */
	public UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a user.
	 * @param user the user to insert
	 * @return the user as stored
	 * @throws org.springframework.dao.DuplicateKeyException if the e-mail address is
	 * taken
	 */
	public User create(NewUser user) {
		// asked on every insert, not cached: the schema may change while the app runs
		boolean writeBoth = this.jdbc.sql(HAS_NAME_COLUMN).query(Boolean.class).single();
		return this.jdbc.sql(writeBoth ? INSERT_WRITING_BOTH_NAMES : INSERT)
			.param("fullName", user.fullName())
			.param("email", user.email())
			.param("phone", user.phone())
			.query(USER)
			.single();
	}

	/**
	 * Finds a user.
	 * @param id the id
	 * @return the user, or empty
	 */
	public Optional<User> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id").param("id", id).query(USER).optional();
	}

	/**
	 * Lists users, oldest first.
	 * @param limit the most to return
	 * @return the users
	 */
	public List<User> list(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY id LIMIT :limit")
			.param("limit", limit)
			.query(USER)
			.list();
	}

}
