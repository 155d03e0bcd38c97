package id.simlayan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * SIMLAYAN: one deployable, one module per business capability (see docs/architecture.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SimlayanApplication {

    public static void main(String[] args) {
        SpringApplication.run(SimlayanApplication.class, args);
    }
}
