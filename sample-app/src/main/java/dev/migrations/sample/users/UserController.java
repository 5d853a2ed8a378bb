package dev.migrations.sample.users;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /users}: create, find and list users.
 */
@RestController
@RequestMapping("/users")
public class UserController {

	private final UserRepository users;

	private final UserEntities entities;

	/**
	 * Creates the controller.
	 * @param users writes and lists users
	 * @param entities reads one user through JPA
	 */
	public UserController(UserRepository users, UserEntities entities) {
		this.users = users;
		this.entities = entities;
	}

	/**
	 * {@code POST /users}: creates a user.
	 * @param user the user
	 * @return 201 with the stored user; 400 if a field is invalid, 409 if the e-mail
	 * address is taken
	 */
	@PostMapping
	public ResponseEntity<User> create(@RequestBody NewUser user) {
		User created = this.users.create(user);
		return ResponseEntity.created(URI.create("/users/" + created.id())).body(created);
	}

	/**
	 * {@code GET /users/{id}}: one user.
	 * @param id the id
	 * @return 200 with the user, or 404
	 */
	@GetMapping("/{id}")
	public ResponseEntity<User> find(@PathVariable long id) {
		return ResponseEntity.of(this.entities.findById(id).map(UserEntity::toUser));
	}

	/**
	 * {@code GET /users}: users, oldest first.
	 * @param limit the most to return, 1 to 1000
	 * @return the users
	 */
	@GetMapping
	public List<User> list(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
		}
		return this.users.list(limit);
	}

}
