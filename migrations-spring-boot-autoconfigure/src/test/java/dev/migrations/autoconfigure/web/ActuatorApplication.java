package dev.migrations.autoconfigure.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A web application with the actuator, migrated by the auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ActuatorApplication {

}
