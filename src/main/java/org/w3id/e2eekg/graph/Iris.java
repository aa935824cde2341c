package org.w3id.e2eekg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The IRIs the graph mints, all under one configurable root (default {@value #DEFAULT_ROOT}):
 * resources under {@code id/}, named graphs under {@code graph/}. Every IRI is a function of
 * the facts alone, so the same input always gives the same IRIs.
 */
public final class Iris {
    public static final String DEFAULT_ROOT = "https://w3id.org/e2ee-kg/";

    private final String root;

    public Iris(String root) {
        Objects.requireNonNull(root, "root");
        this.root = root.endsWith("/") ? root : root + "/";
    }

    public static Iris standard() {
        return new Iris(DEFAULT_ROOT);
    }

    public String root() {
        return root;
    }

    /** Namespace of resources: {@code <root>id/}. */
    public String idBase() {
        return root + "id/";
    }

    public String id(String path) {
        return idBase() + path;
    }

    public String article(String articleId) {
        return id("article/" + articleId);
    }

    public String articleGraph(String articleId) {
        return root + "graph/article/" + articleId;
    }

    /** Prefix of every article graph name. */
    public String articleGraphPrefix() {
        return root + "graph/article/";
    }

    public String ontologyGraph() {
        return root + "graph/ontology";
    }

    public String referenceGraph() {
        return root + "graph/reference";
    }

    public String voidGraph() {
        return root + "graph/void";
    }

    public String extraction(String articleId) {
        return id("extraction/" + articleId);
    }

    public String loader() {
        return id("agent/e2ee-kg-loader");
    }

    public String evidence(String articleId, int start, int end) {
        return id("evidence/" + articleId + "/" + start + "-" + end);
    }

    public String statement(String articleId, String... parts) {
        return id("statement/" + articleId + "/" + hash(parts));
    }

    /** A measure under debate ("Online Safety Act"), shared by every article that names it. */
    public String measure(String slug) {
        return id("measure/" + slug);
    }

    /** A way a statement was read: under the statement, identified by what it was read from. */
    public String reading(String statementIri, String... parts) {
        return statementIri + "/reading/" + hash(parts);
    }

    public String role(String slug) {
        return id("role/" + slug);
    }

    public String dataset() {
        return id("dataset/e2ee-kg");
    }

    /** First 16 hex digits of the SHA-256 of the parts joined by a separator no IRI holds. */
    public static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
