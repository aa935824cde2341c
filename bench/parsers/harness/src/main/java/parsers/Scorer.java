package parsers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a parse contains a gold relation, allowing for the differences between the
 * UD scheme (CoreNLP) and the ClearNLP scheme (NLP4J, ClearNLP): label names, preposition
 * heads (ClearNLP: verb -prep-> by -pobj-> X; UD: verb -obl-> X -case-> by), copula heads
 * (ClearNLP: "is" heads the predicate), and coordination shape (UD attaches every conjunct to
 * the first; ClearNLP chains them), which is compared as membership of one coordination group.
 */
public final class Scorer {

    private static final Set<String> SUBJ = Set.of("nsubj", "csubj");
    private static final Set<String> SUBJPASS = Set.of("nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass");
    private static final Set<String> OBJ = Set.of("obj", "dobj", "iobj", "dative");
    private static final Set<String> COMP = Set.of("xcomp", "ccomp");
    private static final Set<String> QUOTE = Set.of("ccomp", "parataxis", "dep", "xcomp");
    private static final Set<String> NEG = Set.of("neg", "advmod");
    private static final Set<String> RELCL = Set.of("acl:relcl", "relcl", "rcmod");
    private static final Set<String> ACL = Set.of("acl", "infmod", "partmod", "vmod");
    private static final Set<String> POSS = Set.of("poss", "nmod:poss");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m");
    private static final Set<String> PREDICATE = Set.of("attr", "acomp", "oprd");
    private static final Set<String> PREP_HEAD = Set.of("prep", "agent", "dative");
    private static final Set<String> PREP_OBJ = Set.of("pobj", "pcomp");

    /** Relation types the test set may use. */
    public static final Set<String> TYPES = Set.of("subj", "subjpass", "obj", "xcomp", "ccomp", "quote", "conj", "appos",
            "agent", "neg", "relcl", "acl", "advcl", "poss", "attach");

    /** The family a type belongs to, for the per-type table. */
    public static String family(String type) {
        return type.startsWith("prep:") ? "prep" : type;
    }

    private final Parse parse;
    private final boolean clear;
    private final int[] effectiveHead;
    private final String[] preposition;
    private final int[] group;

    public Scorer(Parse parse, String scheme) {
        this.parse = parse;
        this.clear = scheme.equals("CLEAR");
        int n = parse.size();
        effectiveHead = new int[n + 1];
        preposition = new String[n + 1];
        group = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            group[i] = i;
        }
        for (int d = 1; d <= n; d++) {
            effectiveHead[d] = parse.head(d);
            String label = label(d);
            if (clear && PREP_OBJ.contains(label) && parse.head(d) > 0 && PREP_HEAD.contains(label(parse.head(d)))) {
                int p = parse.head(d);
                effectiveHead[d] = parse.head(p);
                preposition[d] = lower(parse.word(p));
            }
            if (base(label).equals("conj") && parse.head(d) > 0) {
                union(d, parse.head(d));
            }
        }
        if (!clear) {
            for (int c = 1; c <= n; c++) {
                if (base(label(c)).equals("case") && parse.head(c) > 0) {
                    int owner = parse.head(c);
                    preposition[owner] = preposition[owner] == null ? lower(parse.word(c)) : preposition[owner] + " " + lower(parse.word(c));
                }
            }
        }
    }

    public boolean matches(TestSet.Gold gold) {
        for (int h : gold.heads()) {
            for (int d : gold.deps()) {
                if (h != d && matches(gold.type(), h, d, gold.text())) {
                    return true;
                }
                // ClearNLP scheme: a copular clause hangs from its copula, not its predicate.
                for (int c = 1; clear && c <= parse.size(); c++) {
                    if (c != h && copulaOf(c, d) && matches(gold.type(), h, c, gold.text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean matches(String type, int h, int d, String text) {
        String label = label(d);
        if (type.startsWith("prep:")) {
            return effHeadIs(d, h) && prepIs(d, type.substring(5));
        }
        switch (type) {
            case "subj": return headIs(d, h) && SUBJ.contains(label);
            case "subjpass": return headIs(d, h) && SUBJPASS.contains(label);
            case "obj": return headIs(d, h) && OBJ.contains(base(label));
            case "xcomp":
            case "ccomp": return headIs(d, h) && COMP.contains(base(label));
            case "quote": return headIs(d, h) && QUOTE.contains(base(label)) || headIs(h, d) && QUOTE.contains(base(label(h)));
            case "conj": return h != d && find(h) == find(d);
            case "appos": return headIs(d, h) && base(label).equals("appos");
            case "agent": return effHeadIs(d, h) && prepIs(d, "by");
            case "neg": return headIs(d, h) && NEG.contains(base(label));
            // One family: a clause modifying a noun. ClearNLP labels infinitival relatives
            // ("a way to decrypt") relcl, NLP4J some object relatives acl; the rules need the noun.
            case "relcl":
            case "acl": return headIs(d, h) && (RELCL.contains(label) || ACL.contains(label));
            case "advcl": return headIs(d, h) && base(label).equals("advcl");
            case "poss": return headIs(d, h) && POSS.contains(label);
            case "attach": return headIs(d, h) || effHeadIs(d, h);
            default: throw new IllegalArgumentException("unknown relation type " + type + " in: " + text);
        }
    }

    /** What the parser did with the dependent, for the error listing. */
    public String describe(TestSet.Gold gold) {
        StringBuilder sb = new StringBuilder();
        for (int d : gold.deps()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(describe(d));
        }
        return sb.toString();
    }

    private String describe(int d) {
        int h = parse.head(d);
        String s = parse.word(d) + " <-" + label(d) + "- " + (h == 0 ? "ROOT" : parse.word(h));
        if (effectiveHead[d] != h) {
            s += " (via " + preposition[d] + " to " + (effectiveHead[d] == 0 ? "ROOT" : parse.word(effectiveHead[d])) + ")";
        }
        return s;
    }

    private boolean headIs(int d, int goldHead) {
        int actual = parse.head(d);
        return actual == goldHead || clear && copulaOf(actual, goldHead);
    }

    private boolean effHeadIs(int d, int goldHead) {
        int actual = effectiveHead[d];
        return actual == goldHead || parse.head(d) == goldHead || clear && copulaOf(actual, goldHead);
    }

    /** ClearNLP scheme: "X is president" / "X is against Y" put the copula where UD puts the predicate. */
    private boolean copulaOf(int copula, int predicate) {
        if (copula <= 0 || !BE.contains(lower(parse.word(copula)))) {
            return false;
        }
        for (int c = 1; c <= parse.size(); c++) {
            if (parse.head(c) == copula && PREDICATE.contains(label(c)) && c == predicate) {
                return true;
            }
            if (effectiveHead[c] == copula && preposition[c] != null && c == predicate) {
                return true;
            }
        }
        return false;
    }

    private boolean prepIs(int d, String want) {
        String p = preposition[d];
        if (p == null) {
            return false;
        }
        for (String part : p.split(" ")) {
            if (part.equals(want)) {
                return true;
            }
        }
        return p.equals(want);
    }

    private String label(int i) {
        return parse.label(i) == null ? "" : parse.label(i).toLowerCase(Locale.ROOT);
    }

    private static String base(String label) {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private int find(int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private void union(int a, int b) {
        group[find(a)] = find(b);
    }

    /** Labels present in a parse (for the label-set listing). */
    public static List<String> labels(Parse p) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= p.size(); i++) {
            if (seen.add(p.label(i))) {
                out.add(p.label(i));
            }
        }
        return out;
    }
}
