package dev.migrations.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifies the {@link javax.sql.DataSource} bean that the auto-configured
 * {@link dev.migrations.Migrator} migrates, for an application with several DataSources
 * or a pool of its own with DDL rights. It wins over every other source (see
 * {@link MigrationsDataSourceResolver}). When it is a second DataSource, mark the
 * application's main one {@code @Primary}.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigrationsDataSource {

}
