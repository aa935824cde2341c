package org.w3id.e2eekg.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an article says the measures it names do to end-to-end encryption: "the Online Safety
 * Bill could break end-to-end encryption" gives that bill the effect -1, and a later "the
 * bill" or "the legislation" refers back to it. A measure whose effect the article does not
 * state is not known here, so no stance is read from attitudes to it.
 *
 * <p>Built sentence by sentence as the article is read; a sentence sees the effects of the
 * measures named before it and in it. Not thread-safe: one per article run.
 */
public final class MeasureEffects {
    /** sentences after a measure brought in or described within which what it is must be said */
    private static final int ANNOUNCED_WITHIN = 2;

    /**
     * A measure with a known effect.
     *
     * @param name     its name as written ("Online Safety Bill", "the plan")
     * @param head     the lemma of its head noun ("bill", "plan", "order")
     * @param named    whether it is a proper name rather than a description
     * @param effect   +1 or -1, or 0 for a mention whose effect this sentence does not state
     * @param sentence the sentence of the mention
     * @param token    the token of the mention in its sentence
     */
    public record Measure(String name, String head, boolean named, int effect, int sentence, int token) {}

    private final List<Measure> measures = new ArrayList<>();
    /** provisions and the laws they belong to ("Part 7" of "Bill Q-14"), as written */
    private final List<String[]> parts = new ArrayList<>();
    private final Map<String, String> families;
    private final Set<String> ruleMaking;
    private final MeasureReference reference;

    /**
     * @param families  the family of each measure head noun ("bill" and "law" are both legislation)
     * @param reference the debate's recurring measures, for those the article names without saying what they do
     */
    public MeasureEffects(Map<String, String> families, MeasureReference reference) {
        this(families, Set.of(), reference);
    }

    /**
     * @param families   the family of each measure head noun
     * @param ruleMaking the families of rules in the making ("legislation", "proposal"), whose nouns
     *                   may refer to a measure of another of them when the article names none of their own
     * @param reference  the debate's recurring measures
     */
    public MeasureEffects(Map<String, String> families, Set<String> ruleMaking, MeasureReference reference) {
        this.families = Map.copyOf(families);
        this.ruleMaking = Set.copyOf(ruleMaking);
        this.reference = reference;
    }

    /** Records a mention of a measure, and what its sentence says it does (0: nothing). */
    public void record(Measure m) {
        measures.removeIf(x -> x.sentence() == m.sentence() && x.token() == m.token() && x.name().equalsIgnoreCase(m.name())
                && (x.effect() == m.effect() || x.effect() == 0));
        if (m.effect() == 0 && measures.stream().anyMatch(x -> x.sentence() == m.sentence() && x.token() == m.token())) {
            return;
        }
        measures.add(m);
    }

    /** Records that a named provision belongs to a named law: "Part 7 of Bill Q-14". */
    public void recordPart(String provision, String law) {
        parts.add(new String[] {provision, law});
    }

    /**
     * The effect of a named measure as the article states it anywhere, else as the reference
     * data has it (then under its reference name); null when neither says.
     */
    public Measure named(String name) {
        Measure stated = stated(name);
        if (stated != null) {
            return stated;
        }
        MeasureReference.Entry known = reference.find(name);
        return known == null ? null : new Measure(known.name(), "reference", true, known.effect(), -1, -1);
    }

    /** The name of the reference measure a written name stands for, or the name itself. */
    public String canonical(String name) {
        MeasureReference.Entry known = reference.find(name);
        return known == null ? name : known.name();
    }

    private Measure stated(String name) {
        Measure found = null;
        for (Measure m : measures) {
            if (m.named() && m.effect() != 0 && m.name().equalsIgnoreCase(name)) {
                if (found != null && found.effect() != m.effect()) {
                    return null; // the article says both: no reading from it
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * What a definite description ("the bill", "the legislation", "the proposal") refers back
     * to: the latest measure of the same family, else the latest measure; null when none is known.
     */
    public Measure referredTo(String headLemma, int sentence, int token) {
        return referredTo(headLemma, sentence, token, false);
    }

    /**
     * What a definite description refers back to. "That law", "this bill" (demonstrative) is the
     * nearest named measure of the family before it; "the bill" is the article's main one of the
     * family: the named measure mentioned most often before it (the nearest on a tie). Its effect
     * is what the article or the reference data says; null when neither says.
     */
    public Measure referredTo(String headLemma, int sentence, int token, boolean demonstrative) {
        String family = families.get(headLemma);
        if (family == null) {
            return null;
        }
        Measure chosen = mostMentionedBefore(Set.of(family), sentence, token, demonstrative);
        if (chosen != null) {
            return named(chosen.name());
        }
        Measure known = null;
        for (Measure m : measures) {
            if (m.effect() != 0 && family.equals(families.get(m.head()))) {
                if (known != null && known.effect() != m.effect()) {
                    return null;
                }
                // the latest such measure before the description, else the first after it
                boolean before = m.sentence() < sentence || m.sentence() == sentence && m.token() < token;
                if (known == null || before) {
                    known = m;
                }
            }
        }
        if (known != null || !ruleMaking.contains(family) || mentionedBefore(family, sentence, token)) {
            return known;
        }
        // "the text" in an article that has named a regulation and no other plan or proposal: a rule
        // in the making is called a plan, a proposal or a law alike
        chosen = mostMentionedBefore(ruleMaking, sentence, token, demonstrative);
        return chosen == null ? null : named(chosen.name());
    }

    /** Whether any measure of the family, named or described, is mentioned before a position. */
    private boolean mentionedBefore(String family, int sentence, int token) {
        return measures.stream().anyMatch(m -> (m.sentence() < sentence || m.sentence() == sentence && m.token() < token)
                && family.equals(families.get(m.head())));
    }

    /** The named measure of these families mentioned most often before a position (the nearest on a tie), or null. */
    private Measure mostMentionedBefore(Set<String> ofFamilies, int sentence, int token, boolean demonstrative) {
        Map<String, Integer> mentions = new java.util.HashMap<>();
        Measure chosen = null;
        for (Measure m : measures) {
            boolean before = m.sentence() < sentence || m.sentence() == sentence && m.token() < token;
            String family = families.get(m.head());
            if (!before || !m.named() || family == null || !ofFamilies.contains(family)) {
                continue;
            }
            String key = canonical(m.name()).toLowerCase(java.util.Locale.ROOT);
            int n = mentions.merge(key, 1, Integer::sum);
            if (chosen == null || demonstrative && after(m, chosen)
                    || !demonstrative && n >= mentions.getOrDefault(canonical(chosen.name()).toLowerCase(java.util.Locale.ROOT), 0)) {
                chosen = m;
            }
        }
        return chosen;
    }

    /**
     * Carries what the article says of a described measure over to the named measure it refers
     * back to: after "the EARN IT Act was introduced ...", a later "the bill would force
     * firms to scan every message" says that of the act. Call once, after every sentence has
     * been observed; a named measure of which the article then says both is left unknown by
     * {@link #named}.
     */
    public void resolveDescriptions() {
        List<Measure> described = measures.stream().filter(m -> !m.named() && m.effect() != 0).toList();
        for (Measure m : described) {
            Measure antecedent = namedAntecedent(m);
            if (antecedent == null) {
                antecedent = namedSuccessor(m);
            }
            if (antecedent != null) {
                measures.add(new Measure(antecedent.name(), antecedent.head(), true, m.effect(), m.sentence(), m.token()));
            }
        }
        // a law with a provision that harms encryption harms it; a provision that protects it says
        // nothing of the rest of the law
        for (String[] part : parts) {
            Measure provision = stated(part[0]);
            if (provision != null && provision.effect() < 0) {
                measures.add(new Measure(part[1], provision.head(), true, provision.effect(), provision.sentence(), provision.token()));
            }
        }
    }

    /** The named measure a description refers back to: of its family, mentioned most before it (nearest on a tie). */
    private Measure namedAntecedent(Measure description) {
        String family = families.get(description.head());
        return family == null ? null : mostMentionedBefore(Set.of(family), description.sentence(), description.token(), false);
    }

    /**
     * What "a bill" brought in here does, as the next sentences describe it ("The bill would
     * ..."): the first description of its family with an effect within two sentences after it,
     * when none of them says the opposite; null otherwise.
     */
    public Measure describedAfter(String headLemma, int sentence, int token) {
        String family = families.get(headLemma);
        if (family == null) {
            return null;
        }
        Measure first = null;
        for (Measure m : measures) {
            boolean later = m.sentence() > sentence && m.sentence() - sentence <= ANNOUNCED_WITHIN;
            if (later && !m.named() && m.effect() != 0 && family.equals(families.get(m.head()))) {
                if (first != null && first.effect() != m.effect()) {
                    return null;
                }
                if (first == null || after(first, m)) {
                    first = m;
                }
            }
        }
        return first;
    }

    /**
     * The named measure a description announces: "introduced legislation that would ... . The
     * Harbour Access Act was filed by ...". The first named measure of its family within two
     * sentences after it, when the article names no other measure of that family; null otherwise.
     */
    private Measure namedSuccessor(Measure description) {
        String family = families.get(description.head());
        if (family == null) {
            return null;
        }
        Set<String> names = new java.util.HashSet<>();
        Measure first = null;
        for (Measure m : measures) {
            if (m.named() && family.equals(families.get(m.head()))) {
                names.add(m.name());
                if (after(m, description) && m.sentence() - description.sentence() <= ANNOUNCED_WITHIN
                        && (first == null || after(first, m))) {
                    first = m;
                }
            }
        }
        return first != null && names.size() == 1 ? first : null;
    }

    private static boolean after(Measure a, Measure b) {
        return a.sentence() > b.sentence() || a.sentence() == b.sentence() && a.token() > b.token();
    }

    /** The last act on encryption narrated before a position ("Meta switched on encryption"), for "the move"; or null. */
    public Measure lastEvent(int sentence, int token) {
        return lastBefore(sentence, token, m -> m.head().equals("event"));
    }

    /**
     * The last plan to bring encryption in that the article told of before a position, named
     * by no title ("Meta plans to roll out encryption"), for "the rollout"; or null.
     */
    public Measure lastPlan(int sentence, int token) {
        return lastBefore(sentence, token, m -> !m.named() && m.effect() > 0);
    }

    /** The last measure told of before a position that passes the test, or null. */
    private Measure lastBefore(int sentence, int token, java.util.function.Predicate<Measure> test) {
        Measure last = null;
        for (Measure m : measures) {
            boolean before = m.sentence() < sentence || m.sentence() == sentence && m.token() < token;
            if (before && test.test(m) && (last == null || after(m, last))) {
                last = m;
            }
        }
        return last;
    }

    public List<Measure> all() {
        return List.copyOf(measures);
    }
}
