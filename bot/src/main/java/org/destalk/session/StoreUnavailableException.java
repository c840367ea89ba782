package org.destalk.session;

/** The store cannot be reached or answered too late. Carries no key and no content. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
