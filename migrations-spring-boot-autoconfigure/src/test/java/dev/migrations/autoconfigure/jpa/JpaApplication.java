package dev.migrations.autoconfigure.jpa;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with JPA and one entity.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JpaApplication {

}
