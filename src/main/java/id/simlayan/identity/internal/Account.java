package id.simlayan.identity.internal;

import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An account: a citizen, a civil servant or a staff member. */
@Table("users")
public class Account {

    public enum Kind { CITIZEN, ASN, STAFF }

    public enum Status { PENDING, ACTIVE, REJECTED, DISABLED }

    @Id
    private UUID id;
    @Version
    private Long version;
    private String email;
    private String fullName;
    private String nik;
    private String nip;
    private String phone;
    private Kind userKind;
    private UUID ownUnitId;
    private String passwordHash;
    private Status status;
    private String statusReason;
    private UUID decidedBy;
    private Instant decidedAt;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant consentAt;
    private String consentVersion;
    private UUID consentRecordedBy;
    private Instant createdAt;
    private Instant updatedAt;
    private long securityVersion;
    @MappedCollection(idColumn = "user_id")
    private Set<MembershipRow> memberships = new HashSet<>();

    protected Account() {
    }

    Account(UUID id, String email, String fullName, String nik, String nip, String phone, Kind kind, UUID ownUnitId,
            String passwordHash, Status status, Instant now) {
        this.id = id;
        this.email = email;
        this.fullName = fullName;
        this.nik = nik;
        this.nip = nip;
        this.phone = phone;
        this.userKind = kind;
        this.ownUnitId = ownUnitId;
        this.passwordHash = passwordHash;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A self-registration: waits for an administrator, with the registrant's consent recorded. */
    static Account registered(String email, String fullName, String nik, String nip, String phone, Kind kind, UUID ownUnitId,
                              String passwordHash, String consentVersion, Instant now) {
        var account = new Account(UUID.randomUUID(), email, fullName, nik, nip, phone, kind, ownUnitId, passwordHash, Status.PENDING, now);
        account.consentAt = now;
        account.consentVersion = consentVersion;
        return account;
    }

    /**
     * A person a staff member recorded (walk-in, phone, letter): active, with a password nobody
     * knows, so that they cannot log in until they set one through the password link; the
     * consent they gave to {@code recordedBy} is their proof of consent.
     */
    static Account contactWithoutLogin(String email, String fullName, String nik, String phone, UUID ownUnitId, String unusablePasswordHash,
                                       String consentVersion, UUID recordedBy, Instant now) {
        var account = new Account(UUID.randomUUID(), email, fullName, nik, null, phone, Kind.CITIZEN, ownUnitId, unusablePasswordHash,
                Status.ACTIVE, now);
        account.consentAt = now;
        account.consentVersion = consentVersion;
        account.consentRecordedBy = recordedBy;
        return account;
    }

    public UserId userId() {
        return new UserId(id);
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getNik() {
        return nik;
    }

    public String getNip() {
        return nip;
    }

    public String getPhone() {
        return phone;
    }

    public Kind getUserKind() {
        return userKind;
    }

    public UUID getOwnUnitId() {
        return ownUnitId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Status getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    /** The staff member the consent was given to; null when the person agreed on the registration form. */
    public UUID getConsentRecordedBy() {
        return consentRecordedBy;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** Changes whenever live sessions of this person must be refreshed or ended (see SessionFreshness). */
    public long getSecurityVersion() {
        return securityVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Set<Membership> memberships() {
        return memberships.stream()
                .map(m -> new Membership(new UnitId(m.unitId()), Role.valueOf(m.role())))
                .collect(Collectors.toUnmodifiableSet());
    }

    void grant(Membership membership, Instant now) {
        if (membership.role() == Role.REQUESTER) {
            throw new IllegalArgumentException("REQUESTER is implicit and never stored");
        }
        memberships.add(new MembershipRow(membership.unitId().value(), membership.role().name()));
        changedSecurity(now);
    }

    void revoke(Membership membership, Instant now) {
        memberships.remove(new MembershipRow(membership.unitId().value(), membership.role().name()));
        changedSecurity(now);
    }

    void approve(UserId by, Instant now) {
        requireStatus(Status.PENDING);
        status = Status.ACTIVE;
        statusReason = null;
        decidedBy = by.value();
        decidedAt = now;
        updatedAt = now;
    }

    void reject(UserId by, String reason, Instant now) {
        requireStatus(Status.PENDING);
        status = Status.REJECTED;
        statusReason = reason;
        decidedBy = by.value();
        decidedAt = now;
        updatedAt = now;
    }

    /**
     * A rejected applicant registered again with their e-mail or NIK: the application takes the
     * new values and waits for an administrator again.
     */
    void reopen(Account with, Instant now) {
        requireStatus(Status.REJECTED);
        email = with.email;
        fullName = with.fullName;
        nik = with.nik;
        nip = with.nip;
        phone = with.phone;
        userKind = with.userKind;
        ownUnitId = with.ownUnitId;
        passwordHash = with.passwordHash;
        consentAt = with.consentAt;
        consentVersion = with.consentVersion;
        status = Status.PENDING;
        statusReason = null;
        decidedBy = null;
        decidedAt = null;
        failedLogins = 0;
        lockedUntil = null;
        changedSecurity(now);
    }

    boolean isRejected() {
        return status == Status.REJECTED;
    }

    void disable(UserId by, String reason, Instant now) {
        status = Status.DISABLED;
        statusReason = reason;
        decidedBy = by.value();
        decidedAt = now;
        changedSecurity(now);
    }

    void recordFailedLogin(int maxFailures, java.time.Duration lockFor, Instant now) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
        updatedAt = now;
    }

    void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        changedSecurity(now);
    }

    /** Live sessions see this on their next request (SessionFreshnessFilter). */
    private void changedSecurity(Instant now) {
        securityVersion++;
        updatedAt = now;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("Account " + id + " is " + status + ", expected " + expected);
        }
    }

    /** A new password set through an e-mailed link: the person proved they read the mail, so the lock goes too. */
    void resetPassword(String newHash, Instant now) {
        requireStatus(Status.ACTIVE);
        passwordHash = newHash;
        failedLogins = 0;
        lockedUntil = null;
        changedSecurity(now);
    }

    /** The person corrected their name or mobile number on their profile. */
    void changeDetails(String fullName, String phone, Instant now) {
        this.fullName = fullName;
        this.phone = phone;
        // sessions pick up the new name on their next request
        changedSecurity(now);
    }

    /** An administrator took a deactivated account back into use. */
    void reactivate(UserId by, Instant now) {
        requireStatus(Status.DISABLED);
        status = Status.ACTIVE;
        statusReason = null;
        decidedBy = by.value();
        decidedAt = now;
        updatedAt = now;
    }

    /** An administrator lifted a login lock before it ran out. */
    void unlock(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    /** One row of {@code memberships}. */
    @Table("memberships")
    record MembershipRow(UUID unitId, String role) {
    }
}
