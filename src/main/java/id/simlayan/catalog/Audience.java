package id.simlayan.catalog;

/** Who may request a service. */
public enum Audience {
    /** anyone with an account */
    PUBLIC,
    /** civil servants (ASN) of the city government */
    ASN,
    /** units of the city government (OPD), through their civil servants */
    OPD
}
