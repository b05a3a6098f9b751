package org.cercle;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape inside each module: packages depend on each other one way, only {@code web}
 * packages (and the app) know HTTP, and no entity is handed to a template.
 */
class ArchitectureTests {

	static final JavaClasses CERCLE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.cercle");

	@ParameterizedTest
	@ValueSource(strings = { "community", "feed", "events", "app", "shared" })
	void packagesInsideAModuleHaveNoCycles(String module) {
		slices().matching("org.cercle." + module + ".(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(true)
			.check(CERCLE);
	}

	@Test
	void onlyWebPackagesAndTheAppKnowHttp() {
		noClasses().that()
			.resideOutsideOfPackages("..web..", "org.cercle.app..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.http..")
			.check(CERCLE);
	}

	/**
	 * View models are records named for what a page shows, or any record of a web
	 * package.
	 */
	@Test
	void noEntityReachesAViewModel() {
		classes().that().areRecords().and(VIEW_MODELS).should(holdNoEntity()).check(CERCLE);
	}

	static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe("view models",
			record -> record.getPackageName().contains(".web") || record.getSimpleName()
				.matches(".*(View|Card|Row|Detail|Listing|Page|Item|Summary|Form|Link|Entry)"));

	private static ArchCondition<JavaClass> holdNoEntity() {
		return new ArchCondition<>("hold no JPA entity in their components") {
			@Override
			public void check(JavaClass record, ConditionEvents events) {
				for (JavaField field : record.getFields()) {
					if (!field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
							&& mentionsEntity(field.getType())) {
						events.add(SimpleConditionEvent.violated(field,
								record.getName() + "." + field.getName() + " holds an entity"));
					}
				}
			}
		};
	}

	private static boolean mentionsEntity(JavaType type) {
		var raw = type.toErasure();
		if (raw.isAnnotatedWith(Entity.class)) {
			return true;
		}
		if (type instanceof JavaParameterizedType parameterized) {
			return parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureTests::mentionsEntity);
		}
		return false;
	}

}
