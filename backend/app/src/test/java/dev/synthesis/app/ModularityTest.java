package dev.synthesis.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SynthesisApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    /**
     * Launch, parameters, heartbeats, recovery, progress and events have one home, which knows no
     * kind of job: the kinds use it, so changing how partitions run is one change for all of them.
     */
    @Test
    void jobPlumbingIsOneModuleThatUsesNoKindOfJob() {
        ApplicationModule jobs = MODULES.getModuleByName("jobs").orElseThrow();

        assertThat(MODULES.getModuleByName("progress")).isEmpty();
        assertThat(MODULES.getModuleByName("recovery")).isEmpty();
        assertThat(jobs.getNamedInterfaces().getByName("progress")).isPresent();
        assertThat(jobs.getNamedInterfaces().getByName("recovery")).isPresent();
        assertThat(jobs.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("tenancy")
                .doesNotContain("generation", "training", "datasetjob", "dataset", "deployment");
    }
}
