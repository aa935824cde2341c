package org.w3id.e2eekg.server;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Makes every regular expression of a query stop when the query's timeout goes off.
 *
 * <p>ARQ's timeout sets a cancel signal that its iterators look at between rows; a single
 * {@code REGEX} that backtracks catastrophically ({@code "(.*a){12}$"} over a long text)
 * never returns to them, so it ran on after the answer, holding a core and a read
 * transaction until the server was killed. ARQ has no pluggable regex engine, so
 * {@link GuardedOptimizer}, the served dataset's optimizer, has this class rewrite every
 * query before ARQ's standard optimisation, replacing
 * {@code REGEX} and {@code REPLACE} (and their function-call forms {@code fn:matches},
 * {@code fn:replace}, {@code sparql:regex}, {@code sparql:replace}) by subclasses that match
 * over a {@link CancellableText} tied to that query's cancel signal and deadline. The
 * rewrite comes first so that constant folding, which evaluates expressions while the plan
 * is made, evaluates the cancellable forms too. ARQ's property function
 * {@code apf:strSplit}, which splits by a regular expression out of reach of both, is
 * refused.
 *
 * <p>Trade-off: the replacements always use {@code java.util.regex} (ARQ's default
 * engine; the Xerces option is not followed), and {@code REPLACE} is evaluated by this
 * class with ARQ's rules (the first empty match is replaced, later empty ones are not).
 */
final class CancellableRegex {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final Set<String> MATCH_FUNCTIONS = Set.of(FN + "matches", ARQConstants.fnSparql + "regex");
    private static final Set<String> REPLACE_FUNCTIONS = Set.of(FN + "replace", ARQConstants.fnSparql + "replace");

    private CancellableRegex() {}

    /** {@code op} with every regex function replaced by its form that stops at {@code stop}. */
    static Op rewrite(Op op, CancellableText.Stop stop) {
        return Transformer.transform(new TransformCopy(), new Rewriter(stop), op);
    }

    /** Refuses ARQ's {@code apf:strSplit}, which splits by a regular expression the signal cannot stop. */
    static void refuse(OpPropFunc propertyFunction) {
        Node property = propertyFunction.getProperty();
        if (property.isURI() && property.getURI().endsWith("strSplit")) {
            throw new QueryDeniedException("the property function <" + property.getURI() + "> is not offered");
        }
    }

    /** Replaces the regex functions by their cancellable forms. */
    private static final class Rewriter extends ExprTransformCopy {
        private final CancellableText.Stop stop;

        Rewriter(CancellableText.Stop stop) {
            this.stop = stop;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            int n = args.size();
            if (func instanceof Match || func instanceof Replace) {
                return super.transform(func, args);
            }
            if (func instanceof E_Regex || isCall(func, MATCH_FUNCTIONS) && (n == 2 || n == 3)) {
                return new Match(args.get(0), args.get(1), n == 3 ? args.get(2) : null, stop);
            }
            if (func instanceof E_StrReplace || isCall(func, REPLACE_FUNCTIONS) && (n == 3 || n == 4)) {
                return new Replace(args.get(0), args.get(1), args.get(2), n == 4 ? args.get(3) : null, stop);
            }
            return super.transform(func, args);
        }

        private static boolean isCall(ExprFunctionN func, Set<String> iris) {
            return func instanceof E_Function call && iris.contains(call.getFunctionIRI());
        }
    }

    /** The compiled pattern when pattern and flags are constants, else null (compiled per call). */
    private static Pattern constantPattern(String label, Expr pattern, Expr flags) {
        boolean constant = isString(pattern) && (flags == null || isString(flags));
        return constant ? pattern(label, pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    private static boolean isString(Expr expr) {
        return expr.isConstant() && expr.getConstant().isString();
    }

    private static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        String regex = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
        String flagText = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        return RegexEngine.makePattern(label, regex, flagText);
    }

    /** {@code REGEX(text, pattern [, flags])}, matching over a {@link CancellableText}. */
    static final class Match extends E_Regex {
        private final CancellableText.Stop stop;
        private final Pattern constant;

        Match(Expr text, Expr pattern, Expr flags, CancellableText.Stop stop) {
            super(text, pattern, flags);
            this.stop = stop;
            this.constant = constantPattern("REGEX", pattern, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Pattern p = constant != null ? constant : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(new CancellableText(text, stop)).find());
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Match(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, stop);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}, matching over a {@link CancellableText}. */
    static final class Replace extends E_StrReplace {
        private final CancellableText.Stop stop;
        private final Pattern constant;

        Replace(Expr text, Expr pattern, Expr replacement, Expr flags, CancellableText.Stop stop) {
            super(text, pattern, replacement, flags);
            this.stop = stop;
            this.constant = constantPattern("REPLACE", pattern, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern p = constant != null ? constant : pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            String lexical = text.getLiteralLexicalForm();
            String replaced = replaceAll(p.matcher(new CancellableText(lexical, stop)), replacement);
            if (replaced == null || replaced.equals(lexical)) {
                return args.get(0);
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(), text.getLiteralDatatype()));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null, stop);
        }

        /** Every match replaced, except an empty match after the first one; null when nothing matched. */
        private static String replaceAll(Matcher matcher, String replacement) {
            StringBuilder out = new StringBuilder();
            boolean matchedOnce = false;
            try {
                while (matcher.find()) {
                    boolean empty = matcher.start() == matcher.end();
                    if (matchedOnce && empty) {
                        continue;
                    }
                    matchedOnce = true;
                    matcher.appendReplacement(out, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (!matchedOnce) {
                return null;
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }
}
