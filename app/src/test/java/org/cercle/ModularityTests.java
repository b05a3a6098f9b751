package org.cercle;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CercleApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublishedApiAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void modulesDependOnEachOtherOneWay() {
		var feed = modules.getModuleByName("feed").orElseThrow();
		var events = modules.getModuleByName("events").orElseThrow();
		var community = modules.getModuleByName("community").orElseThrow();
		assertThat(feed.getDirectDependencies(modules).stream().map(d -> d.getTargetModule().getName()))
			.allMatch(name -> name.equals("community") || name.equals("shared"));
		// mail is the infrastructure of every module (an organiser writes to an event's
		// members through the outbox)
		assertThat(events.getDirectDependencies(modules).stream().map(d -> d.getTargetModule().getName()))
			.allMatch(name -> name.equals("community") || name.equals("shared") || name.equals("mail"));
		assertThat(community.getDirectDependencies(modules).stream().map(d -> d.getTargetModule().getName()))
			.allMatch(name -> name.equals("shared") || name.equals("mail"));
		var mail = modules.getModuleByName("mail").orElseThrow();
		assertThat(mail.getDirectDependencies(modules).stream().map(d -> d.getTargetModule().getName()))
			.allMatch("shared"::equals);
		var shared = modules.getModuleByName("shared").orElseThrow();
		assertThat(shared.getDirectDependencies(modules).stream()).isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
