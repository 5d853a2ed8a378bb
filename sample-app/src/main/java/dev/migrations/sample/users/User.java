package dev.migrations.sample.users;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A user as stored.
 *
 * @param id the generated id
 * @param fullName the full name
 * @param email the e-mail address, unique
 * @param phone the phone number, or {@code null}
 * @param createdAt when the user was created
 */
public record User(long id, String fullName, String email, String phone, OffsetDateTime createdAt) {

	public User {
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(createdAt, "createdAt");
	}

}
