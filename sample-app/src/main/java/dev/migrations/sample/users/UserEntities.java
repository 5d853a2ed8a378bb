package dev.migrations.sample.users;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Spring Data JPA reads of {@code users}.
 */
public interface UserEntities extends JpaRepository<UserEntity, Long> {

	/**
	 * Finds a user by e-mail address.
	 * @param email the address
	 * @return the user, or empty
	 */
	Optional<UserEntity> findByEmail(String email);

}
