package dev.migrations.autoconfigure.command.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The {@code users} table with the {@code email} column of the second test migration:
 * Hibernate's schema validation fails where that migration did not run.
 */
@Entity
@Table(name = "users")
public class Account {

	@Id
	private Long id;

	private String name;

	private String email;

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

}
