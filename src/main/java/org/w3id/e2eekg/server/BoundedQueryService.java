package org.w3id.e2eekg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation ({@link SPARQL_QueryDataset}), with every answer held to
 * the {@link AnswerBudget} (a client without credentials gets the anonymous budget, the
 * administrator one bounded by the heap). A SELECT streams as Fuseki writes it, its rows
 * counted on the way; an answer that fails part way (the timeout, the budget) is answered
 * with its status when it has not been sent yet, and cut off otherwise
 * ({@link StreamedAnswer}), never ended as if whole: Fuseki on its own writes a note into
 * the body of a timed-out answer and ends it as a 200. The graphs of CONSTRUCT and DESCRIBE
 * are copied out under the budget first, then written. A timeout is Fuseki's 503, a budget
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
            StreamedAnswer.begin(action.getResponse());
            return new QueryExecResult(budget.counted(exec.select()));
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

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        try {
            super.sendResults(action, result, prologue);
        } catch (StreamedAnswer.Stopped stopped) {
            throw StreamedAnswer.stopped(action.getRequest(), action.getResponse(), stopped);
        }
    }
}
