package dev.migrations.sample.users;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code users} as JPA reads it: Hibernate validates this mapping against the
 * migrated schema at start-up ({@code ddl-auto=validate}). Read-only here: users are
 * written through {@link UserRepository}, which knows about the expand/contract rename.
 */
@Entity
@Table(name = "users")
public class UserEntity {

	@Id
	private Long id;

	@Column(name = "full_name")
	private String fullName;

	private String email;

	private String phone;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	protected UserEntity() {
	}

	/**
	 * This row as the API's value.
	 * @return the user
	 */
	public User toUser() {
		return new User(this.id, this.fullName, this.email, this.phone, this.createdAt);
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

}
