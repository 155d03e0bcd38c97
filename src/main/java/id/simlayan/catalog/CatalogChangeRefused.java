package id.simlayan.catalog;

/** A catalog change that was refused; {@link #code()} is the message code that says why. */
public class CatalogChangeRefused extends RuntimeException {

    private final String code;

    public CatalogChangeRefused(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Someone else saved the service since the form was opened. */
    public boolean stale() {
        return STALE.equals(code);
    }

    public static final String STALE = "catalog.admin.error.stale";
}
