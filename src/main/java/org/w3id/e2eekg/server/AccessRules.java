package org.w3id.e2eekg.server;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;

/**
 * The first of the two locks on writes and administration: Jetty's own HTTP Basic
 * authentication (its {@link BasicAuthenticator} over a {@link HashLoginService} holding the
 * one {@link AdminLogin}, as Fuseki's {@link JettySecurityLib} builds it), asked for by
 * rules on the <em>canonical</em> path, the one Jetty itself dispatches on: decoded,
 * without path parameters ({@code ;x}), with {@code .} and {@code ..} segments resolved.
 * A spelling such as {@code /$/compact;x/kg} or {@code /kg/%75pdate} is therefore judged as
 * the path it reaches. What needs the login:
 *
 * <ul>
 *   <li>everything whose first segment starts with {@code $} ({@code /$/...}, but also
 *       {@code /$;x/...}, in any letter case) but the read-only status pages the UI uses ({@code /$/ping}, {@code /$/server}, {@code /$/stats}, {@code /$/metrics}):
 *       administration is closed by default, whatever is added there later;</li>
 *   <li>the dataset's write-only endpoints ({@code /kg/update}, {@code /kg/upload}), every
 *       method but {@code OPTIONS} (so that a CORS preflight can be answered);</li>
 *   <li>on any path, every method but {@code GET}, {@code HEAD}, {@code OPTIONS} and
 *       {@code POST}, and a {@code POST} that is not shaped like a query (a body that is not
 *       {@code application/sparql-query} or an HTML form): such a request is answered 401
 *       with a challenge, so a client that answers challenges (Jena's, curl's) can write.</li>
 * </ul>
 *
 * <p>The second lock is Fuseki's: every write operation of the dataset is an endpoint
 * with an {@link org.apache.jena.fuseki.auth.AuthPolicy} for the one user, checked by
 * Fuseki's dispatcher on the operation it actually chose, and every administration servlet
 * sits behind Fuseki's {@link org.apache.jena.fuseki.servlets.AuthFilter} on its own path
 * spec (see {@link KgServer}). A request must get past both.
 *
 * <p>Trade-off: the rules are over paths and methods, not Fuseki's operations, so they are
 * deliberately broad (a {@code PUT} to a page that cannot be written asks for the login,
 * then gets 405); a form {@code POST} of an update reaches Fuseki unauthenticated and is
 * refused there with 403 rather than challenged. Without a login the server installs no
 * handler at all: it then has no write endpoint and no administration servlet to protect.
 */
final class AccessRules extends SecurityHandler {
    static final String REALM = "e2ee-kg";
    private static final Set<String> OPEN_METHODS = Set.of("GET", "HEAD", "OPTIONS", "POST");
    private static final List<String> PUBLIC_STATUS = List.of("/$/ping", "/$/server", "/$/stats", "/$/metrics");
    private static final List<String> QUERY_BODIES = List.of("application/sparql-query", "application/x-www-form-urlencoded");

    private final List<String> writeOnlyEndpoints;

    private AccessRules(List<String> writeOnlyEndpoints) {
        this.writeOnlyEndpoints = writeOnlyEndpoints.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The rules for a server whose dataset at {@code dataset} has the write-only endpoints
     * named {@code writeOnlyEndpoints}, with {@code login} as the one user.
     */
    static AccessRules forLogin(String dataset, List<String> writeOnlyEndpoints, AdminLogin login) {
        AccessRules rules = new AccessRules(writeOnlyEndpoints.stream().map(n -> dataset + "/" + n).toList());
        IdentityService identities = new DefaultIdentityService();
        HashLoginService logins = new HashLoginService(REALM);
        logins.setUserStore(JettySecurityLib.makeUserStore(login.user(), login.password()));
        logins.setIdentityService(identities);
        rules.setIdentityService(identities);
        rules.setLoginService(logins);
        rules.setAuthenticator(new BasicAuthenticator());
        rules.setRealmName(REALM);
        return rules;
    }

    @Override
    protected Constraint getConstraint(String pathInContext, Request request) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return needsLogin(request.getMethod(), pathInContext, contentType) ? Constraint.ANY_USER : Constraint.ALLOWED;
    }

    /** True when a request with this method, canonical path and content type must log in. */
    boolean needsLogin(String method, String canonicalPath, String contentType) {
        String path = canonicalPath.toLowerCase(Locale.ROOT);
        String verb = method.toUpperCase(Locale.ROOT);
        if (path.startsWith("/$")) {
            return PUBLIC_STATUS.stream().noneMatch(p -> under(path, p)) || !OPEN_METHODS.contains(verb);
        }
        if (verb.equals("OPTIONS")) {
            return false;
        }
        if (writeOnlyEndpoints.stream().anyMatch(p -> under(path, p))) {
            return true;
        }
        if (!OPEN_METHODS.contains(verb)) {
            return true;
        }
        return verb.equals("POST") && contentType != null && !isQueryBody(contentType);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static boolean isQueryBody(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return QUERY_BODIES.contains(type);
    }
}
