package dev.migrations.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * {@link MigrationsConnectionDetails} from {@code migrations.url}, {@code user} and
 * {@code password}; blank values count as not set.
 */
final class PropertiesMigrationsConnectionDetails implements MigrationsConnectionDetails {

	private final MigrationsProperties properties;

	PropertiesMigrationsConnectionDetails(MigrationsProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String getJdbcUrl() {
		return text(this.properties.getUrl());
	}

	@Override
	public @Nullable String getUsername() {
		return text(this.properties.getUser());
	}

	@Override
	public @Nullable String getPassword() {
		return this.properties.getPassword();
	}

	private static @Nullable String text(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
