package dev.migrations;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.migrations.verify.Verifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine's boundaries, checked on its classes so that a wrong import fails the build.
 */
class ArchitectureTest {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrations");

	@Test
	void coreUsesNoFrameworks() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "io.micrometer..", "com.fasterxml..", "tools.jackson..",
					"lombok..", "org.postgresql..")
			.check(CORE);
	}

	@Test
	void onlyTheFacadesReachIntoTheInternals() {
		noClasses().that()
			.resideInAnyPackage("dev.migrations", "dev.migrations.lint", "dev.migrations.verify",
					"dev.migrations.tenant")
			.and(DescribedPredicate
				.not(JavaClass.Predicates.belongToAnyOf(Migrator.class, Verifier.class, MigrationSource.class)))
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.migrations.internal..")
			.check(CORE);
	}

	@Test
	void theSplitterDependsOnNoOtherInternalPackage() {
		noClasses().that()
			.resideInAPackage("dev.migrations.internal.sql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.migrations.internal.discovery..", "dev.migrations.internal.history..",
					"dev.migrations.internal.lock..", "dev.migrations.internal.execution..",
					"dev.migrations.internal.postgres..")
			.check(CORE);
	}

	@Test
	void thePipelineFlowsOneWay() {
		noClasses().that()
			.resideInAnyPackage("dev.migrations.internal.discovery..", "dev.migrations.internal.history..",
					"dev.migrations.internal.lock..", "dev.migrations.internal.postgres..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.migrations.internal.execution..")
			.check(CORE);
	}

}
