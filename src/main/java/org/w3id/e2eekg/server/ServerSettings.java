package org.w3id.e2eekg.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a server runs: where it listens (and whether over TLS), what it may cost, who may
 * write, which browsers may write, and where federated queries may go.
 *
 * @param host            the address to listen on ({@code 127.0.0.1} by default)
 * @param port            the port; 0 picks a free one
 * @param tls             the keystore to serve HTTPS with; empty for plain HTTP
 * @param limits          the query timeout and the size limits of requests, answers and dumps
 * @param allowUpdate     whether SPARQL Update, Graph Store writes and uploads are offered
 * @param login           the credentials that writes and administration need; without them
 *                        the server is read-only and has no administration at all
 * @param writeOrigins    the web origins ({@code https://app.example.org}) whose pages may send
 *                        credentialed requests; every other origin gets public, credential-free
 *                        CORS ({@link CorsFilter})
 * @param serviceAllowList the IRI prefixes that {@code SERVICE} may call; empty means federated
 *                        query is off ({@link FederatedQuery})
 * @param backups         where {@code /$/backup} writes backups (used only with a login)
 */
public record ServerSettings(String host, int port, Optional<Tls> tls, Limits limits, boolean allowUpdate,
                             Optional<AdminLogin> login, List<String> writeOrigins, List<String> serviceAllowList,
                             Path backups) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(backups, "backups");
        writeOrigins = List.copyOf(writeOrigins);
        serviceAllowList = List.copyOf(serviceAllowList);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (allowUpdate && login.isEmpty()) {
            throw new IllegalArgumentException("updates need a login: no write is ever open to anyone");
        }
        writeOrigins.forEach(CorsFilter::checkOrigin);
        serviceAllowList.forEach(FederatedQuery::checkPrefix);
    }

    /** Read-only defaults on {@code port}, for tests and embedding. */
    public static ServerSettings readOnly(int port, Path backups) {
        return new ServerSettings(DEFAULT_HOST, port, Optional.empty(), Limits.DEFAULT, false, Optional.empty(),
                List.of(), List.of(), backups);
    }

    public ServerSettings withLimits(Limits newLimits) {
        return new ServerSettings(host, port, tls, newLimits, allowUpdate, login, writeOrigins, serviceAllowList, backups);
    }

    public ServerSettings withLogin(AdminLogin newLogin, boolean update) {
        return new ServerSettings(host, port, tls, limits, update, Optional.of(newLogin), writeOrigins, serviceAllowList, backups);
    }

    public ServerSettings withTls(Tls newTls) {
        return new ServerSettings(host, port, Optional.of(newTls), limits, allowUpdate, login, writeOrigins, serviceAllowList, backups);
    }

    public ServerSettings withWriteOrigins(List<String> origins) {
        return new ServerSettings(host, port, tls, limits, allowUpdate, login, origins, serviceAllowList, backups);
    }

    public ServerSettings withServiceAllowList(List<String> prefixes) {
        return new ServerSettings(host, port, tls, limits, allowUpdate, login, writeOrigins, prefixes, backups);
    }

    /**
     * A keystore (PKCS#12 or JKS) holding the server's key and certificate, and its password.
     * {@link #toString()} never shows the password.
     */
    public record Tls(Path keystore, String password) {
        public Tls {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Tls[keystore=" + keystore + ", password=***]";
        }
    }
}
