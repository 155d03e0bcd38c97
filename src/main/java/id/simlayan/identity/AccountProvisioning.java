package id.simlayan.identity;

import java.util.Map;
import java.util.Set;

/**
 * Creates units and ready-to-use accounts without the public registration flow: for the demo
 * data, the administrator's tools and test fixtures.
 */
public interface AccountProvisioning {

    UnitId createUnit(String code, String name, boolean frontDesk);

    /** An active account; {@code memberships} may be empty for a plain requester. */
    UserId createActiveAccount(NewAccount account, Set<Membership> memberships);

    /**
     * The problems of a contact a staff member is about to record, by field ({@code fullName},
     * {@code email}, {@code phone}, {@code nik}, {@code ownUnit}) with their message codes; empty
     * when it may be created. At least an e-mail or a phone is needed. Duplicates are not checked
     * here: look the person up first ({@link Directory#contactByEmail}, {@link Directory#contactByNik}).
     */
    Map<String, String> contactProblems(NewContact contact);

    /**
     * Records a person who asked at the front desk, by phone or in writing (staff-logged intake):
     * an active account with a password nobody knows, so it cannot log in until the person sets
     * a password through "Lupa kata sandi" (which needs the e-mail). The phone is stored
     * normalised ({@code +628...}). The person's consent to the processing of their data is
     * recorded as given to {@code recordedBy}, with the current consent wording's version.
     * Joins the caller's transaction.
     *
     * @throws ContactRefused with {@link #contactProblems} or, when the e-mail or NIK belongs to
     *                        an account already (of any status), that field's problem
     */
    UserId createContactWithoutLogin(NewContact contact, UserId recordedBy);

    record NewContact(String fullName, String email, String phone, String nik, UnitId ownUnit) {
    }

    record NewAccount(String fullName, String email, String phone, String nik, String nip, UnitId ownUnit, String rawPassword) {
    }
}
