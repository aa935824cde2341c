package org.w3id.e2eekg.fact;

import java.text.Normalizer;
import java.util.Locale;

/** Readable IRI path segments from names: "Barnardo's" gives "barnardos", "Kevin K. McAleenan" "kevin-k-mcaleenan". */
public final class Slugs {
    private Slugs() {}

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['\u2019]", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
