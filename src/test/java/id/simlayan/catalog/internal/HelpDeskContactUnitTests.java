package id.simlayan.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class HelpDeskContactUnitTests {

    @Test
    void theEmailComesFromConfigurationWithAValidDefault() {
        var configured = new Binder(new MapConfigurationPropertySource(Map.of("simlayan.contact.email", "helpdesk@kota.go.id")))
                .bindOrCreate("simlayan.contact", HelpDeskContact.class);
        var unset = new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("simlayan.contact", HelpDeskContact.class);

        assertThat(configured.email()).isEqualTo("helpdesk@kota.go.id");
        assertThat(unset.email()).isEqualTo("diskominfo@pekalongankota.go.id").matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    }
}
