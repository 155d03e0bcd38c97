package id.simlayan.identity;

/** A unit as other modules see it. */
public record UnitSummary(UnitId id, String code, String name) {
}
