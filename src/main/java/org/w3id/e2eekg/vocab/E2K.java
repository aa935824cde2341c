package org.w3id.e2eekg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The e2ee-kg ontology namespace ({@value #NS}). Every constant here is declared, with a
 * label and a comment, in {@code ontology/e2ee-kg.ttl} or, for lexicon terms, in
 * {@code ontology/lexicon/lexicon-schema.ttl}.
 */
public final class E2K {
    public static final String NS = "https://w3id.org/e2ee-kg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/e2ee-kg/ontology";

    private E2K() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource FactProperty = resource("FactProperty");

    // actors
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource Company = resource("Company");
    public static final Resource Service = resource("Service");
    public static final Resource NonProfit = resource("NonProfit");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Legislature = resource("Legislature");
    public static final Resource Committee = resource("Committee");
    public static final Resource Court = resource("Court");
    public static final Resource MediaOutlet = resource("MediaOutlet");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");

    // documents
    public static final Resource Article = resource("Article");
    public static final Resource Document = resource("Document");
    public static final Resource SignedDocument = resource("SignedDocument");
    public static final Resource IssuedDocument = resource("IssuedDocument");
    public static final Resource Letter = resource("Letter");
    public static final Resource OpenLetter = resource("OpenLetter");
    public static final Resource Petition = resource("Petition");
    public static final Resource PublicStatement = resource("PublicStatement");
    public static final Resource Interview = resource("Interview");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource Opinion = resource("Opinion");
    public static final Resource Vote = resource("Vote");
    public static final Resource Recommendation = resource("Recommendation");
    public static final Resource Announcement = resource("Announcement");
    public static final Resource CourtSubmission = resource("CourtSubmission");
    public static final Resource Testimony = resource("Testimony");
    public static final Resource Ruling = resource("Ruling");
    public static final Resource Report = resource("Report");
    public static final Resource NewsReport = resource("NewsReport");
    public static final Resource Statistic = resource("Statistic");

    // concepts
    public static final Resource Topic = resource("Topic");
    public static final Resource Demand = resource("Demand");
    public static final Resource Topics = resource("Topics");
    public static final Resource Demands = resource("Demands");
    public static final Resource EndToEndEncryption = resource("EndToEndEncryption");
    public static final Resource Backdoor = resource("Backdoor");
    public static final Resource LawfulAccess = resource("LawfulAccess");
    public static final Resource Decryption = resource("Decryption");
    public static final Resource HaltRollout = resource("HaltRollout");
    public static final Resource Scanning = resource("Scanning");

    // statements and evidence
    public static final Resource Statement = resource("Statement");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Extraction = resource("Extraction");

    // properties
    public static final Property opposes = property("opposes");
    public static final Property supports = property("supports");
    public static final Property demand = property("demand");
    public static final Property demandText = property("demandText");
    public static final Property expressedIn = property("expressedIn");
    public static final Property confidence = property("confidence");
    public static final Property concerning = property("concerning");
    public static final Property targetText = property("targetText");
    public static final Property attitude = property("attitude");
    public static final Property effectOnEncryption = property("effectOnEncryption");
    public static final Resource Measure = resource("Measure");
    public static final Resource Reading = resource("Reading");
    public static final Property reading = property("reading");
    public static final Resource For = resource("For");
    public static final Resource Against = resource("Against");
    public static final Resource Weakens = resource("Weakens");
    public static final Resource Strengthens = resource("Strengthens");
    public static final Property holdsRole = property("holdsRole");
    public static final Property title = property("title");
    public static final Property issuedBy = property("issuedBy");
    public static final Property signatory = property("signatory");
    public static final Property ledBy = property("ledBy");
    public static final Property addressee = property("addressee");
    public static final Property signatoryCount = property("signatoryCount");
    public static final Property reportedBy = property("reportedBy");
    public static final Property firstReportedBy = property("firstReportedBy");
    public static final Property about = property("about");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property qualifier = property("qualifier");
    public static final Property refYear = property("refYear");
    public static final Property source = property("source");
    public static final Property estimate = property("estimate");
    public static final Property rule = property("rule");
    public static final Property cue = property("cue");
    public static final Property sha256 = property("sha256");
    public static final Property sourceFile = property("sourceFile");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property datePrecision = property("datePrecision");
    public static final Property mentionCount = property("mentionCount");

    // lexicon schema (ontology/lexicon/lexicon-schema.ttl)
    public static final Resource WordList = resource("WordList");
    public static final Property entry = property("entry");
    public static final Property polarity = property("polarity");
    public static final Property actorClass = property("actorClass");
    public static final Property documentClass = property("documentClass");
    public static final Property demandConcept = property("demandConcept");
    public static final Property impliesOrganisation = property("impliesOrganisation");
    public static final Property cueLabel = property("cueLabel");
    public static final Property demonym = property("demonym");
}
