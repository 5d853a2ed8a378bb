package dev.migrations.sample;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the sample a fair example: it reaches the engine only through the starter and the
 * engine's public API, never its internals.
 */
class ArchitectureTests {

	private static final JavaClasses SAMPLE = new ClassFileImporter().importPaths(Path.of("target", "classes"),
			Path.of("target", "test-classes"));

	@Test
	void usesNoInternalPackageOfTheEngine() {
		noClasses().should().dependOnClassesThat().resideInAPackage("dev.migrations.internal..").check(SAMPLE);
	}

}
