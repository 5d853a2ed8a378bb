package dev.migrations.autoconfigure.slice;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The configuration Boot's test slices of this package find: its package holds the JPA
 * entity and the Spring Data JDBC aggregate they read.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SliceApplication {

}
