package id.simlayan.identity.internal;

import id.simlayan.identity.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place told when an account's password, status or lock changed, so that what depends
 * on it (the person's live sessions) can follow. Called inside the transaction of the change.
 */
@Component
class AccountSecurity {

    private static final Logger log = LoggerFactory.getLogger(AccountSecurity.class);

    void accountSecurityChanged(UserId user) {
        log.debug("Security of account {} changed", user);
    }
}
