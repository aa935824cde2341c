package org.w3id.e2eekg.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.w3id.e2eekg.ingest.Article;

/**
 * The facts of one article as plain, tab-separated lines: what {@code e2ee-kg extract} prints
 * and what the golden-file tests compare. Each line starts with its kind ({@code actor},
 * {@code role}, {@code stance}, {@code statistic}, {@code document}, {@code participant},
 * {@code relation}); lines of a kind are sorted, so the listing does not depend on the order
 * the rules ran in. Evidence is the sentence's span ({@code @start-end}) in code points of the
 * article body, the same offsets as the graph's text position selectors and evidence IRIs.
 *
 * <p>Trade-off: the listing names actors by key and documents by type and date rather than
 * by IRI, so it reads without the graph; two undated documents of the same type by the same
 * actors would print alike (the graph keeps them apart).
 */
public final class FactListing {
    private final Article article;

    private FactListing(Article article) {
        this.article = article;
    }

    /** The listing, kinds in a fixed order. */
    public static List<String> lines(ArticleFacts facts) {
        return new FactListing(facts.article()).list(facts);
    }

    private List<String> list(ArticleFacts facts) {
        List<String> out = new ArrayList<>();
        out.addAll(sorted(facts.actors().stream().map(FactListing::actor).toList()));
        out.addAll(sorted(facts.roles().stream().map(this::role).toList()));
        out.addAll(sorted(facts.stances().stream().map(this::stance).toList()));
        out.addAll(sorted(facts.statistics().stream().map(this::statistic).toList()));
        out.addAll(sorted(facts.documents().stream().map(this::document).toList()));
        out.addAll(sorted(facts.documents().stream().flatMap(d -> d.participations().stream()
                .map(p -> participant(d, p))).toList()));
        out.addAll(sorted(facts.relations().stream().map(this::relation).toList()));
        return out.stream().distinct().toList();
    }

    private static String actor(Actor a) {
        return row("actor", a.key(), a.kind().label() + "/" + a.type(), a.label(),
                a.named() ? "named" : "unnamed", String.join(" | ", a.sortedAliases()));
    }

    private String role(RoleFact r) {
        return row("role", r.person().key(), r.role(), r.organisation() == null ? "-" : r.organisation().key(),
                r.title(), at(r.prov()));
    }

    private String stance(StanceFact s) {
        return row("stance", s.actor().key(), s.stance().name().toLowerCase(Locale.ROOT),
                names(s.demands()), s.document() == null ? "-" : document(s.document().type(), s.document().date()),
                s.date() == null ? "-" : s.date().iso(), String.format(Locale.ROOT, "%.2f", s.confidence()), basis(s.basis()),
                at(s.prov()));
    }

    /** "bill(-1) x oppose(-1)": the thing, its effect on encryption, and the actor's attitude to it. */
    private static String basis(StanceFact.Basis b) {
        if (b == null) {
            return "-";
        }
        return "\"" + b.target() + "\"(" + (b.effect() > 0 ? "+" : "-") + ") attitude " + (b.attitude() > 0 ? "+" : "-")
                + (b.measure() != null ? " measure \"" + b.measure() + "\"" : "");
    }

    private String statistic(StatisticFact s) {
        return row("statistic", s.value().toPlainString(), s.unit(), "\"" + s.written() + "\"",
                orDash(s.measure()), orDash(s.qualifier()), s.year() == null ? "-" : s.year().toString(),
                s.source() == null ? "-" : s.source().key(), s.estimate() ? "estimate" : "exact",
                s.citedBy().isEmpty() ? "-" : s.citedBy().stream().map(d -> document(d.type(), d.date())).sorted()
                        .collect(Collectors.joining(" | ")),
                spans(s.evidence()));
    }

    private String document(DocumentFact d) {
        return row("document", document(d.type(), d.date()),
                d.signatoryCount() == null ? "-" : d.signatoryCount().toString(), names(d.demands()),
                orDash(d.about()), spans(d.evidence()));
    }

    private String participant(DocumentFact d, DocumentFact.Participation p) {
        return row("participant", document(d.type(), d.date()), p.role().name().toLowerCase(Locale.ROOT),
                p.actor().key(), at(p.prov()));
    }

    private String relation(ActorRelation r) {
        return row("relation", r.subject().key(), r.relation().name().toLowerCase(Locale.ROOT),
                r.object().key(), at(r.prov()));
    }

    private static String document(String type, DateValue date) {
        return type + (date == null ? "" : " " + date.iso());
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? "-" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(" | "));
    }

    private String at(Provenance p) {
        return span(p.evidence());
    }

    private String spans(Collection<Span> spans) {
        return spans.stream().map(this::span).collect(Collectors.joining(" "));
    }

    private String span(Span s) {
        return "@" + article.bodyCodePoint(s.start()) + "-" + article.bodyCodePoint(s.end());
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static String row(String... cells) {
        return String.join("\t", cells);
    }

    private static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.sort(null);
        return out;
    }
}
