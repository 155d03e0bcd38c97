package id.simlayan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.identity.internal.LoginSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

class LoginControllerUnitTests {

    @Test
    void theLockHintUsesTheConfiguredNumbers() {
        var model = new ExtendedModelMap();

        new LoginController(new LoginSettings(3, Duration.ofMinutes(30), 20, Duration.ofMinutes(10))).login(new MockHttpServletRequest(), model);

        assertThat(model.getAttribute("lockAfter")).isEqualTo(3);
        assertThat(model.getAttribute("lockMinutes")).isEqualTo(30L);
    }
}
