package id.simlayan.catalog;

/** A way a request reaches the office (the seed standards list them per service). */
public enum Channel {
    WEB,
    EMAIL,
    WHATSAPP,
    WALK_IN,
    PHONE,
    LETTER,
    SP4N_LAPOR
}
