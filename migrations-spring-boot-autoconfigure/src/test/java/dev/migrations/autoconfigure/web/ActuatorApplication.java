package dev.migrations.autoconfigure.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A web application with the actuator, migrated by the auto-configuration. Spring
 * Security lets every request through and authenticates HTTP Basic credentials when
 * given, so that the endpoint itself decides by role: user {@value #ADMIN} has role
 * {@code MIGRATIONS_ADMIN}, user {@value #VIEWER} role {@code VIEWER}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ActuatorApplication {

	static final String ADMIN = "admin";

	static final String VIEWER = "viewer";

	static final String PASSWORD = "secret";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(
				User.withUsername(ADMIN).password("{noop}" + PASSWORD).roles("MIGRATIONS_ADMIN").build(),
				User.withUsername(VIEWER).password("{noop}" + PASSWORD).roles("VIEWER").build());
	}

}
