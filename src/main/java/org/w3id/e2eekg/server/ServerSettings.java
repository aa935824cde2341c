package org.w3id.e2eekg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a server runs: where it listens, how long a query may take, how large a request may
 * be, and whether anything may write.
 *
 * @param host           the address to listen on ({@code 127.0.0.1} by default)
 * @param port           the port; 0 picks a free one
 * @param queryTimeout   the longest a query may run before it is stopped and answered 503
 * @param maxRequestSize the largest request body accepted, in bytes; larger ones get 413
 * @param allowUpdate    whether SPARQL Update, Graph Store writes and uploads are offered
 * @param login          the credentials that writes and administration need; without them
 *                       the server is read-only and has no administration
 * @param backups        where {@code /$/backup} writes backups (used only with a login)
 */
public record ServerSettings(String host, int port, Duration queryTimeout, long maxRequestSize,
                             boolean allowUpdate, Optional<AdminLogin> login, Path backups) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_REQUEST_SIZE = 10L * 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(backups, "backups");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxRequestSize <= 0) {
            throw new IllegalArgumentException("the request size limit must be positive");
        }
        if (allowUpdate && login.isEmpty()) {
            throw new IllegalArgumentException("updates need a login: no write is ever open to anyone");
        }
    }

    /** Read-only defaults on {@code port}, for tests and embedding. */
    public static ServerSettings readOnly(int port, Path backups) {
        return new ServerSettings(DEFAULT_HOST, port, DEFAULT_TIMEOUT, DEFAULT_MAX_REQUEST_SIZE, false, Optional.empty(), backups);
    }

    public ServerSettings withTimeout(Duration timeout) {
        return new ServerSettings(host, port, timeout, maxRequestSize, allowUpdate, login, backups);
    }

    public ServerSettings withMaxRequestSize(long bytes) {
        return new ServerSettings(host, port, queryTimeout, bytes, allowUpdate, login, backups);
    }

    public ServerSettings withLogin(AdminLogin newLogin, boolean update) {
        return new ServerSettings(host, port, queryTimeout, maxRequestSize, update, Optional.of(newLogin), backups);
    }
}
