package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Guards the module boundaries and writes the module documentation to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SimlayanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Every module may use platform's root API, but its sub-packages (internal/) are as private as any module's. */
    @Test
    void platformIsASharedModuleNotAnOpenOne() {
        var platform = modules.getModuleByName("platform").orElseThrow();

        assertThat(modules.getSharedModules()).containsExactly(platform);
        assertThat(platform.isOpen()).isFalse();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
