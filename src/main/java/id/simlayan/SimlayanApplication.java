package id.simlayan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * SIMLAYAN: one deployable, one module per business capability (see docs/architecture.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// the technical foundation (database, clock, page shell, live updates) every module builds on
@Modulithic(sharedModules = "platform")
public class SimlayanApplication {

    public static void main(String[] args) {
        SpringApplication.run(SimlayanApplication.class, args);
    }
}
