package id.simlayan.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reverse proxies whose {@code X-Forwarded-For} / {@code X-Forwarded-Proto} are believed
 * ({@code simlayan.web.trusted-proxies}, env {@code SIMLAYAN_TRUSTED_PROXIES}: a comma list of
 * IP addresses or CIDR ranges). Empty by default: the peer address is the client address.
 */
@ConfigurationProperties("simlayan.web")
public record TrustedProxySettings(List<String> trustedProxies) {

    public TrustedProxySettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
