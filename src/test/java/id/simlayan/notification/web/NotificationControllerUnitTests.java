package id.simlayan.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationControllerUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"/lacak/0b6f7a1e-7f0b-4a57-9d8e-2b1d1c7f3a10", "/petugas/tiket/abc", "/admin/pendaftaran", "/notifikasi?halaman=2"})
    void followsLocalPaths(String link) {
        assertThat(NotificationController.isLocalPath(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "lacak/1",
            "/lacak\r\nLocation: https://evil.example", "/ok/../\u0000"})
    void refusesAnythingButALocalPath(String link) {
        assertThat(NotificationController.isLocalPath(link)).isFalse();
    }
}
