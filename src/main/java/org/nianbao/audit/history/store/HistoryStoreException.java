package org.nianbao.audit.history.store;

/** The store could not be opened, read or written; the message is the Chinese text shown to the user. */
public final class HistoryStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public HistoryStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryStoreException(String message) {
        super(message);
    }
}
