package dev.migrations.sample.users;

/**
 * A user to create: the body of {@code POST /users}.
 *
 * @param fullName the full name, 1 to 200 characters
 * @param email the e-mail address, 3 to 320 characters with an {@code @}
 * @param phone the phone number, up to 30 characters, or {@code null}
 */
public record NewUser(String fullName, String email, String phone) {

	public NewUser {
		fullName = required("fullName", fullName, 200);
		email = required("email", email, 320);
		if (email.length() < 3 || email.indexOf('@') < 1) {
			throw new IllegalArgumentException("email must be an e-mail address, was '" + email + "'");
		}
		phone = (phone == null || phone.isBlank()) ? null : phone.strip();
		if (phone != null && phone.length() > 30) {
			throw new IllegalArgumentException("phone must have at most 30 characters");
		}
	}

	private static String required(String name, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
		if (value.strip().length() > maxLength) {
			throw new IllegalArgumentException(name + " must have at most " + maxLength + " characters");
		}
		return value.strip();
	}

}
