package org.w3id.e2eekg.extract;

import java.nio.file.Path;
import org.w3id.e2eekg.extract.lexicon.Gazetteer;
import org.w3id.e2eekg.extract.lexicon.Lexicon;
import org.w3id.e2eekg.extract.mention.AnalysedSentence;
import org.w3id.e2eekg.extract.mention.Mention;
import org.w3id.e2eekg.extract.mention.RoleTitle;
import org.w3id.e2eekg.fact.Actor;
import org.w3id.e2eekg.ingest.Article;
import org.w3id.e2eekg.ingest.ArticleReader;

/** Prints what named-entity recognition finds in an article (a development aid). */
public final class DebugDump {
    public static void main(String[] args) throws Exception {
        RuleBasedExtractor x = new RuleBasedExtractor(Lexicon.load(), Gazetteer.load());
        for (String f : args) {
            Article art = new ArticleReader().read(Path.of(f));
            Analysis a = x.analyse(art);
            System.out.println("=== " + f);
            for (AnalysedSentence s : System.getenv("SENT") != null ? a.sentences() : java.util.List.<AnalysedSentence>of()) {
                StringBuilder sb = new StringBuilder();
                for (Mention m : s.mentions()) {
                    sb.append(" [").append(m.text).append("/").append(m.kind()).append(m.whole() != null ? "(inner)" : "")
                            .append(m.actor() != null ? "->" + m.actor().key() : "").append("]");
                }
                for (RoleTitle r : s.roles()) {
                    sb.append(" {").append(r.role()).append(" ").append(r.kind())
                            .append(r.org() != null ? " org=" + r.org().text : "")
                            .append(r.orgRefToken() >= 0 ? " ref=" + s.token(r.orgRefToken()).text() : "")
                            .append(r.nationality() != null ? " nat=" + r.nationality().text : "")
                            .append(r.implied() != null ? " implied=" + r.implied() : "").append("}");
                }
                System.out.println(s.index() + (s.sentence().heading() ? "H" : "") + (s.sentence().question() ? "Q" : "") + ": "
                        + a.doc().sentenceText(s.sentence()).replace('\n', ' ') + "\n     " + sb);
            }
            org.w3id.e2eekg.fact.ArticleFacts facts = x.extract(art);
            if (System.getenv("TRACE") != null) {
                new org.w3id.e2eekg.extract.relation.RelationExtractor(Lexicon.load()).explain(art, a.sentences(), a.actors())
                        .forEach(l -> System.out.println("  # " + l));
            }
            System.out.println("--- roles");
            facts.roles().forEach(r -> System.out.println("  " + r.person().label() + " | " + r.role() + " | "
                    + (r.organisation() == null ? "-" : r.organisation().label()) + "   [" + r.title() + "]"));
            System.out.println("--- stances");
            facts.stances().forEach(st -> System.out.println("  " + st.actor().label() + " " + st.stance() + " " + st.demands()
                    + " doc=" + (st.document() == null ? "-" : st.document().type()) + " date=" + st.date() + " rule=" + st.prov().rule()
                    + " cue=" + st.prov().cue() + " @" + st.prov().evidence().start()));
            System.out.println("--- statistics");
            facts.statistics().forEach(st -> System.out.println("  " + st + " q=" + st.qualifier() + " measure=" + st.measure()
                    + " cited=" + st.citedBy().stream().map(dd -> dd.type() + "/" + dd.date()).toList()));
            System.out.println("--- documents");
            facts.documents().forEach(dd -> System.out.println("  " + dd + " leaders=" + dd.actors(org.w3id.e2eekg.fact.DocumentFact.Role.LEADER)
                    + " issuers=" + dd.actors(org.w3id.e2eekg.fact.DocumentFact.Role.ISSUER) + " reporters="
                    + dd.actors(org.w3id.e2eekg.fact.DocumentFact.Role.REPORTER) + dd.actors(org.w3id.e2eekg.fact.DocumentFact.Role.FIRST_REPORTER)
                    + " count=" + dd.signatoryCount() + " about=" + dd.about()));
            System.out.println("--- relations");
            facts.relations().forEach(r -> System.out.println("  " + r.subject().label() + " " + r.relation() + " " + r.object().label()));
            if (System.getenv("ACTORS") == null) {
                continue;
            }
            System.out.println("--- actors");
            for (Actor act : a.actors()) {
                System.out.println("  " + act.key() + " | " + act.label() + " | " + act.kind() + "/" + act.type()
                        + (act.named() ? "" : " (unnamed)") + " | " + act.aliases());
            }
        }
    }
}
