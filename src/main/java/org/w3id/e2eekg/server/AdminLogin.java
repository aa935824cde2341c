package org.w3id.e2eekg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The one user allowed to write and administer: a name and a password, which the server
 * hands to Jetty's login service ({@link AccessRules}). The password comes from a file (its
 * first line) or an environment variable; the code and the repository hold none.
 * {@link #toString()} never shows the password.
 *
 * <p>Trade-off: one user and HTTP Basic keep it simple and work with curl and every SPARQL
 * client; Basic sends the password in clear, so a server reachable beyond the machine
 * belongs behind HTTPS ({@code serve --https}, or a reverse proxy).
 *
 * @param user     the user name
 * @param password the password, never empty
 */
public record AdminLogin(String user, String password) {
    /** The environment variable that may hold the password. */
    public static final String PASSWORD_ENV = "E2EE_KG_PASSWORD";
    public static final String DEFAULT_USER = "admin";

    public AdminLogin {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("the user name must be non-empty and hold no ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
    }

    /**
     * The login from {@code passwordFile} when given, else from the environment variable
     * {@value #PASSWORD_ENV} when set; empty when neither is.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no password
     */
    public static Optional<AdminLogin> find(String user, Path passwordFile, String envValue) {
        if (passwordFile != null) {
            return Optional.of(new AdminLogin(user, readPassword(passwordFile)));
        }
        if (envValue != null && !envValue.isEmpty()) {
            return Optional.of(new AdminLogin(user, envValue));
        }
        return Optional.empty();
    }

    /**
     * The first line of {@code file}, stripped: how a password is kept out of the command
     * line and the environment (for the login and for a TLS keystore).
     *
     * @throws IllegalArgumentException naming the file when it is missing, unreadable or its first line is empty
     */
    public static String readPassword(Path file) {
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new IllegalArgumentException(file + ": the password file's first line is empty");
            }
            return first;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such password file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the password file (" + e.getMessage() + ")");
        }
    }

    /** The {@code Authorization} header value for this login. */
    public String header() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AdminLogin[user=" + user + ", password=***]";
    }
}
