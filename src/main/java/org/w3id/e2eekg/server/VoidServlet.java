package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.e2eekg.graph.Iris;

/**
 * {@code /.well-known/void}: the VoID and DCAT description of the dataset, as the store
 * holds it in its description graph (computed at load time), by content negotiation: the
 * RDF formats get the whole graph, {@code text/html} the page of the dataset's IRI.
 */
final class VoidServlet extends HttpServlet {
    private static final List<String> OFFERS = offers();

    private final transient DatasetGraph dataset;
    private final transient Iris iris;
    private final transient ResourcePage page;
    private final transient RdfOutput rdf;

    VoidServlet(DatasetGraph dataset, Iris iris, ResourcePage page) {
        this.dataset = dataset;
        this.iris = iris;
        this.page = page;
        this.rdf = new RdfOutput(iris);
    }

    private static List<String> offers() {
        List<String> o = new ArrayList<>(RdfOutput.TYPES);
        o.add(Negotiation.HTML);
        return List.copyOf(o);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        Optional<String> type = Negotiation.choose(request, OFFERS);
        if (type.isEmpty()) {
            ServletSupport.notAcceptable(response, OFFERS);
            return;
        }
        Model description = Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            dataset.getGraph(NodeFactory.createURI(iris.voidGraph())).find().forEachRemaining(m.getGraph()::add);
            return m;
        });
        if (description.isEmpty()) {
            ServletSupport.error(response, HttpServletResponse.SC_NOT_FOUND, "The store has no description yet: load it again.");
            return;
        }
        if (type.get().equals(Negotiation.HTML)) {
            ServletSupport.html(response, page.render(iris.dataset(), description, List.of(), List.of()));
        } else {
            rdf.write(description, type.get(), response);
        }
    }
}
