package dev.migrations.autoconfigure.slice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The {@code users} table of the test migrations, as a JPA entity.
 */
@Entity
@Table(name = "users")
public class UserEntity {

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
