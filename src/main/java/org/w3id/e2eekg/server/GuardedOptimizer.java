package org.w3id.e2eekg.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.Context;

/**
 * The optimizer of the served dataset, set on its context
 * ({@link ARQConstants#sysOptimizerFactory}) so that every query over it, from Fuseki's
 * endpoints or the named queries, goes through it once, before it runs. It wraps ARQ's own
 * optimizer: first {@link CancellableRegex} makes the query's regular expressions stop on
 * its cancel signal, then ARQ optimises, then the plan is walked (into {@code EXISTS} too)
 * and refused whole, with ARQ's {@code QueryDeniedException} (Fuseki's 422), when it holds
 * a {@code SERVICE} that {@link FederatedQuery} does not allow or a property function
 * {@link CancellableRegex} cannot stop.
 *
 * <p>Trade-off: this relies on ARQ calling the optimizer named in the context, which it does
 * for every query engine over a dataset (TDB2's included); the settings that do not depend
 * on it (the SERVICE switch) are set on the context as well.
 */
final class GuardedOptimizer {
    private GuardedOptimizer() {}

    /**
     * Sets the optimizer on a dataset's context: SERVICE limited to {@code serviceAllowList},
     * regular expressions stopped by the query's cancel signal or {@code timeout} after the
     * query started, whichever comes first.
     */
    static void install(Context context, List<String> serviceAllowList, Duration timeout) {
        RewriteFactory standard = Optimize.getFactory();
        List<String> allowList = List.copyOf(serviceAllowList);
        long timeoutNanos = timeout.toNanos();
        context.set(ARQConstants.sysOptimizerFactory,
                (RewriteFactory) queryContext -> rewrite(queryContext, standard, allowList, timeoutNanos));
    }

    private static Rewrite rewrite(Context queryContext, RewriteFactory standard, List<String> allowList, long timeoutNanos) {
        Rewrite optimizer = standard.create(queryContext);
        AtomicBoolean cancelled = Context.getOrSetCancelSignal(queryContext);
        CancellableText.Stop stop = new CancellableText.Stop(cancelled, System.nanoTime() + timeoutNanos);
        return op -> {
            Op optimised = optimizer.rewrite(CancellableRegex.rewrite(op, stop));
            Walker.walk(optimised, new OpVisitorBase() {
                @Override
                public void visit(OpService service) {
                    FederatedQuery.refuse(service, allowList);
                }

                @Override
                public void visit(OpPropFunc propertyFunction) {
                    CancellableRegex.refuse(propertyFunction);
                }
            }, new ExprVisitorBase());
            return optimised;
        };
    }
}
