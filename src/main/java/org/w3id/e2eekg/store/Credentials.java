package org.w3id.e2eekg.store;

import java.util.Objects;

/**
 * A user name and password for a remote store. {@link #toString()} never shows the
 * password, so credentials may appear in a log or an exception message safely.
 *
 * @param user     the user name
 * @param password the password
 */
public record Credentials(String user, String password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
