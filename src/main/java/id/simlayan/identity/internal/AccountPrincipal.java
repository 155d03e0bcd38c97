package id.simlayan.identity.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.identity.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal; carries the {@link CurrentUser} other modules see. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;
    private final long securityVersion;
    private final String credentialStamp;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked, long securityVersion) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.securityVersion = securityVersion;
        this.credentialStamp = stampOf(passwordHash);
    }

    /** The account's {@code security_version} when this principal was loaded. */
    long securityVersion() {
        return securityVersion;
    }

    /**
     * A digest of the password hash at load time: survives {@link #eraseCredentials()} so that
     * a later password change can be told apart from a role change.
     */
    String credentialStamp() {
        return credentialStamp;
    }

    static String stampOf(String passwordHash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    public CurrentUser user() {
        return user;
    }

    /** For templates: {@code ${#authentication.principal.displayName}}. */
    public String getDisplayName() {
        return user.fullName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        authorities.add(new SimpleGrantedAuthority(Role.REQUESTER.authority()));
        user.memberships().forEach(m -> authorities.add(new SimpleGrantedAuthority(m.role().authority())));
        if (user.isStaff()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
