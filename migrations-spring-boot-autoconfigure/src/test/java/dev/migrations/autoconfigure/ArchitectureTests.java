package dev.migrations.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The Boot module sees only the engine's public API, so that a wrong import fails the
 * build instead of a review.
 */
class ArchitectureTests {

	@Test
	void theBootModuleDependsOnNoInternalPackageOfTheEngine() {
		// main and test classes alike; the rule fails when it finds no class to check
		JavaClasses classes = new ClassFileImporter().importPackages("dev.migrations.autoconfigure");
		noClasses().that()
			.resideInAPackage("dev.migrations.autoconfigure..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.migrations.internal..")
			.check(classes);
	}

}
