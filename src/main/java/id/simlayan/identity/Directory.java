package id.simlayan.identity;

import java.util.List;
import java.util.Optional;

/**
 * Read access to people and units for other modules. Lists hold active accounts only; a single
 * account is found by id whatever its status, so that registrants can be told how it went.
 */
public interface Directory {

    /** The account with this id, whatever its status (pending, rejected and disabled too). */
    Optional<UserContact> contact(UserId id);

    /** The administrator's reason while the account's registration stands rejected; empty otherwise. */
    Optional<String> rejectionReason(UserId id);

    /** The active account with this e-mail (case-insensitive), e.g. to find the demo accounts. */
    Optional<UserContact> contactByEmail(String email);

    /** The active account with this NIK (16 digits), e.g. to match a requester logged by staff. */
    Optional<UserContact> contactByNik(String nik);

    /** Active people holding {@code role} in {@code unit}. */
    List<UserContact> holders(UnitId unit, Role role);

    /** Active people holding {@code role} in any unit. */
    List<UserContact> holdersAnywhere(Role role);

    List<UnitSummary> units();

    Optional<UnitSummary> unit(UnitId id);

    Optional<UnitSummary> unitByCode(String code);

    /** The unit whose agents run the front desk (Diskominfo). */
    UnitSummary frontDesk();
}
