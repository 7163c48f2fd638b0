package dev.synthesis.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featuresOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(SynthesisApplication.class).verify();
    }
}
