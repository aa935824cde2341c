package org.w3id.e2eekg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar's manifest (absent when running from classes), with the versions
 * of Jena (from its Maven metadata, which survives shading) and of Java.
 */
final class VersionProvider implements IVersionProvider {
    private static final String JENA_METADATA = "/META-INF/maven/org.apache.jena/jena-core/pom.properties";

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "e2ee-kg " + (v == null ? "(development build)" : v),
            "Apache Jena " + jenaVersion() + ", Java " + Runtime.version()
        };
    }

    private static String jenaVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(JENA_METADATA)) {
            if (in == null) {
                return "(unknown version)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
