package dev.migrations.autoconfigure.slice;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The {@code users} table of the test migrations, as a Spring Data JDBC aggregate.
 *
 * @param id the id
 * @param name the name
 * @param email the e-mail address, added by the second migration
 */
@Table("users")
public record UserRow(@Id Long id, String name, String email) {

}
