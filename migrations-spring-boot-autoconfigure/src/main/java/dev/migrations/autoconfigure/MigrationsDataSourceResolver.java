package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Decides which {@link DataSource} the auto-configured migrator migrates; the one place
 * where that is decided. The order is Spring Boot's for Flyway:
 * <ol>
 * <li>the DataSource bean qualified {@link MigrationsDataSource @MigrationsDataSource};
 * </li>
 * <li>a dedicated connection to the JDBC URL of {@link MigrationsConnectionDetails}
 * ({@code migrations.url}, a {@code @ServiceConnection} container or docker compose),
 * with its user and password;</li>
 * <li>the application's database as the user of {@link MigrationsConnectionDetails}
 * ({@code migrations.user}/{@code password} without a URL);</li>
 * <li>the application's DataSource;</li>
 * <li>without one (an R2DBC application, say), Boot's {@link JdbcConnectionDetails}.</li>
 * </ol>
 * Dedicated connections are unpooled ({@link SimpleDriverDataSource}): the engine holds
 * at most two at a time. Thread-safe.
 */
final class MigrationsDataSourceResolver {

	private static final Log logger = LogFactory.getLog(MigrationsDataSourceResolver.class);

	private final ClassLoader classLoader;

	MigrationsDataSourceResolver(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Picks the DataSource to migrate.
	 * @param candidates what the application offers
	 * @return the DataSource
	 * @throws IllegalStateException if there is nothing to connect to
	 */
	DataSource resolve(Candidates candidates) {
		if (candidates.qualified() != null) {
			return chosen(candidates.qualified(), "the @MigrationsDataSource bean");
		}
		MigrationsConnectionDetails details = candidates.details();
		String url = details.getJdbcUrl();
		if (url != null) {
			return chosen(dedicated(url, details.getUsername(), details.getPassword(), details.getDriverClassName()),
					"a dedicated connection to " + withoutParameters(url));
		}
		DataSource application = candidates.application();
		if (application != null && details.getUsername() != null) {
			DataSourceBuilder<?> builder = DataSourceBuilder.derivedFrom(application)
				.type(SimpleDriverDataSource.class)
				.username(details.getUsername())
				.password(details.getPassword());
			return chosen(builder.build(), "the application's database as " + details.getUsername());
		}
		if (application != null) {
			return chosen(application, "the application's DataSource");
		}
		JdbcConnectionDetails jdbc = candidates.jdbc();
		if (jdbc != null) {
			String user = (details.getUsername() != null) ? details.getUsername() : jdbc.getUsername();
			String password = (details.getUsername() != null) ? details.getPassword() : jdbc.getPassword();
			return chosen(dedicated(jdbc.getJdbcUrl(), user, password, jdbc.getDriverClassName()),
					"Boot's JDBC connection details, " + withoutParameters(jdbc.getJdbcUrl()));
		}
		throw new IllegalStateException("migrations needs one DataSource but found none, or several without a "
				+ "@Primary one: mark one @Primary or @MigrationsDataSource, set migrations.url, or define a "
				+ "Migrator bean of your own");
	}

	private DataSource dedicated(String url, @Nullable String user, @Nullable String password,
			@Nullable String driverClassName) {
		DataSourceBuilder<?> builder = DataSourceBuilder.create(this.classLoader)
			.type(SimpleDriverDataSource.class)
			.url(url)
			.username(user)
			.password(password);
		if (StringUtils.hasText(driverClassName)) {
			builder.driverClassName(driverClassName);
		}
		return builder.build();
	}

	private static DataSource chosen(DataSource dataSource, String source) {
		if (logger.isDebugEnabled()) {
			logger.debug("Migrations connect through " + source);
		}
		return dataSource;
	}

	private static String withoutParameters(String url) {
		// parameters may hold a password
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

	/**
	 * What the application offers to migrate.
	 *
	 * @param qualified the {@link MigrationsDataSource @MigrationsDataSource} bean, or
	 * {@code null}
	 * @param application the application's unique (or primary) DataSource, or
	 * {@code null}
	 * @param details the migrations connection details
	 * @param jdbc Boot's JDBC connection details, or {@code null}
	 */
	record Candidates(@Nullable DataSource qualified, @Nullable DataSource application,
			MigrationsConnectionDetails details, @Nullable JdbcConnectionDetails jdbc) {
	}

}
