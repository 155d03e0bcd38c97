package id.simlayan.identity;

import java.util.Optional;

/** Whether a person is a civil servant and of which unit (OPD): for services meant for ASN or OPDs. */
public interface Affiliations {

    /** The active account's affiliation; empty for an unknown or inactive account. */
    Optional<Affiliation> of(UserId user);

    /**
     * @param civilServant an ASN (registered with a NIP) or a staff member
     * @param unit         the person's own unit (OPD); null for a citizen
     */
    record Affiliation(boolean civilServant, UnitId unit) {

        public static final Affiliation CITIZEN = new Affiliation(false, null);
    }
}
