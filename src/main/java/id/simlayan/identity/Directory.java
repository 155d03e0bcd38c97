package id.simlayan.identity;

import java.util.List;
import java.util.Optional;

/** Read access to people and units for other modules. Only active accounts are listed. */
public interface Directory {

    Optional<UserContact> contact(UserId id);

    /** The active account with this e-mail (case-insensitive), e.g. to find the demo accounts. */
    Optional<UserContact> contactByEmail(String email);

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
