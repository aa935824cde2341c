package org.w3id.e2eekg.validate;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating one graph: its violations, sorted so that reports and "first
 * violation" messages do not depend on the validator's iteration order.
 *
 * @param violations every SHACL result, sorted
 */
public record GraphReport(List<Violation> violations) {
    public GraphReport {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** The first violation in sorted order, if any. */
    public Optional<Violation> first() {
        return violations.stream().findFirst();
    }
}
