package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxyFilterUnitTests {

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() throws Exception {
        var seen = pass(new TrustedProxySettings(null), request("10.0.0.5", "203.0.113.9"));
        assertThat(seen.getRemoteAddr()).isEqualTo("10.0.0.5");
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() throws Exception {
        var seen = pass(settings("10.0.0.5"), request("198.51.100.7", "203.0.113.9"));
        assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
    }

    @Test
    void fromATrustedProxyTheClientAddressIsTaken() throws Exception {
        var seen = pass(settings("10.0.0.5"), request("10.0.0.5", "203.0.113.9"));
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.getRemoteHost()).isEqualTo("203.0.113.9");
    }

    @Test
    void addressesTheClientWroteLeftOfTheRealOneAreNotBelieved() throws Exception {
        var seen = pass(settings("10.0.0.5"), request("10.0.0.5", "1.2.3.4, 5.6.7.8, 203.0.113.9"));
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
    }

    @Test
    void trustedHopsInACidrRangeAreSkippedFromTheRight() throws Exception {
        var request = request("172.16.4.2", "1.2.3.4, 203.0.113.9");
        request.addHeader("X-Forwarded-For", "172.16.9.9");
        var seen = pass(settings("172.16.0.0/12"), request);
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
    }

    @Test
    void aMalformedEntryStopsAtTheLastBelievableHop() throws Exception {
        var seen = pass(settings("10.0.0.5", "10.0.0.6"), request("10.0.0.5", "<script>, 10.0.0.6"));
        assertThat(seen.getRemoteAddr()).isEqualTo("10.0.0.6");
    }

    @Test
    void ipv6ProxiesAndClientsWork() throws Exception {
        var seen = pass(settings("fd00::/8"), request("fd00::1", "2001:db8::42"));
        assertThat(seen.getRemoteAddr()).isEqualTo("2001:db8::42");
    }

    @Test
    void forwardedProtoFromATrustedProxyMarksTheRequestSecure() throws Exception {
        var request = request("10.0.0.5", "203.0.113.9");
        request.addHeader("X-Forwarded-Proto", "https");
        var seen = pass(settings("10.0.0.5"), request);
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getScheme()).isEqualTo("https");

        var untrusted = request("198.51.100.7", "203.0.113.9");
        untrusted.addHeader("X-Forwarded-Proto", "https");
        assertThat(pass(settings("10.0.0.5"), untrusted).isSecure()).isFalse();
    }

    private static TrustedProxySettings settings(String... proxies) {
        return new TrustedProxySettings(List.of(proxies));
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        var request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }

    private static HttpServletRequest pass(TrustedProxySettings settings, MockHttpServletRequest request) throws Exception {
        var seen = new AtomicReference<HttpServletRequest>();
        new TrustedProxyFilter(settings).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
