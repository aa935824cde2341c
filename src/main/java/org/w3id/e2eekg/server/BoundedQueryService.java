package org.w3id.e2eekg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation ({@link SPARQL_QueryDataset}), with the answer made whole
 * before it is sent: Fuseki streams a SELECT as it runs, so a query stopped by the timeout
 * part way ended a 200 answer in the middle. Here the answer is copied out under the
 * {@link AnswerBudget} inside Fuseki's read transaction (a client without credentials gets
 * the anonymous budget, the administrator one bounded by the heap), then written by Fuseki as
 * usual, with its content negotiation. A timeout during the copy is Fuseki's 503, a budget
 * exceeded its 422.
 *
 * <p>Registered for {@code Operation.Query} in the server's operation registry
 * ({@link KgServer}), so every query endpoint of the dataset uses it.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {
    private final AnswerBudget anonymous;
    private final AnswerBudget administrator = AnswerBudget.ofHeap(Runtime.getRuntime().maxMemory());

    BoundedQueryService(AnswerBudget anonymous) {
        this.anonymous = anonymous;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        AnswerBudget budget = action.getUser() == null ? anonymous : administrator;
        if (query.isSelectType()) {
            return new QueryExecResult(budget.rows(exec.select()));
        }
        if (query.isConstructType()) {
            return new QueryExecResult(budget.quads(exec.constructQuads()));
        }
        if (query.isDescribeType()) {
            return new QueryExecResult(budget.triples(exec.describeTriples()));
        }
        if (query.isJsonType()) {
            return new QueryExecResult(budget.items(exec.execJsonItems()).iterator());
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }
}
