package id.simlayan.identity;

import java.util.Set;

/**
 * Creates units and ready-to-use accounts without the public registration flow: for the demo
 * data, the administrator's tools and test fixtures.
 */
public interface AccountProvisioning {

    UnitId createUnit(String code, String name, boolean frontDesk);

    /** An active account; {@code memberships} may be empty for a plain requester. */
    UserId createActiveAccount(NewAccount account, Set<Membership> memberships);

    record NewAccount(String fullName, String email, String phone, String nik, String nip, UnitId ownUnit, String rawPassword) {
    }
}
