package id.simlayan.identity;

/** A role held in one unit. */
public record Membership(UnitId unitId, Role role) {
}
