package id.simlayan.identity.internal;

/** What the login form handlers leave in the session for the login page. */
public final class LoginPage {

    /** The reason a rejected application was rejected, shown once after the right password. */
    public static final String REJECTION_REASON = LoginPage.class.getName() + ".rejectionReason";

    private LoginPage() {
    }
}
