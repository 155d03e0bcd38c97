package id.simlayan.standard;

/**
 * The kinds of field a service's request form may ask for. What {@link FormField#minimum()} and
 * {@link FormField#maximum()} mean depends on the kind (see each constant); kinds without limits
 * refuse them.
 */
public enum FieldKind {
    /** One line of text; limits are its length (default at most 200). */
    SHORT_TEXT,
    /** Several lines; limits are its length (default at most 5,000). */
    LONG_TEXT,
    /** A whole or decimal number (comma or point); limits are its value. */
    NUMBER,
    /** A calendar date; no limits. */
    DATE,
    /** One of {@link FormField#options()}; no limits. */
    CHOICE,
    /** Several of {@link FormField#options()}; limits are how many may be ticked. */
    MULTI_CHOICE,
    /** One of the active units (OPD); no limits. */
    UNIT,
    /** Nomor Induk Kependudukan: 16 digits with a plausible region and birth date; no limits. */
    NIK,
    /** An e-mail address; no limits. */
    EMAIL,
    /** An Indonesian phone number (08…, +62…, 62…); no limits. */
    PHONE,
    /** A letter's number and date (the date not after today); no limits. */
    LETTER,
    /** A named document to upload, of {@link FormField#documentTypes()}; limits are how many files (default at most 1). */
    DOCUMENT;

    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /** Whether {@code minimum}/{@code maximum} mean something for this kind. */
    public boolean hasLimits() {
        return this == SHORT_TEXT || this == LONG_TEXT || this == NUMBER || this == MULTI_CHOICE || this == DOCUMENT;
    }
}
