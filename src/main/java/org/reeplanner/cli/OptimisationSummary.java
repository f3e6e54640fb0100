package org.reeplanner.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.GoalSeekResult;
import org.reeplanner.model.analysis.OptimisationResult;

/** What {@code optimize} prints: the objective reached, the split, and each lever's marginal effect. */
final class OptimisationSummary {
    private OptimisationSummary() {
    }

    static void print(PrintWriter out, Scenario scenario, OptimisationResult r, GoalSeekResult seek) {
        Series series = Series.byId(r.objective().seriesId());
        Unit unit = series == null ? Unit.USD_BN : series.unit();
        out.println("Scenario: " + scenario.name());
        if (seek != null) {
            String relation = seek.atMost() ? "at most " : "at least ";
            out.println("Goal: " + r.objective().seriesId() + " " + relation + Formats.value(unit, seek.target())
                    + " in " + r.objective().year());
            if (!seek.reachable()) {
                out.println("Not reachable within the bounds: the whole bounded budget of "
                        + Formats.value(Unit.USD_BN, r.budgetUsdBn()) + " reaches "
                        + Formats.value(unit, r.value()) + " at best.");
            } else {
                out.println("Least budget: " + Formats.value(Unit.USD_BN, r.budgetUsdBn()) + " reaches "
                        + Formats.value(unit, r.value()));
            }
        } else {
            out.println("Objective: " + r.objective() + " with " + Formats.value(Unit.USD_BN, r.budgetUsdBn()));
            out.println("Best split reaches " + Formats.value(unit, r.value()) + " (the scenario's own split "
                    + "scaled to the same money: " + Formats.value(unit, r.ownSplitValue()) + ")");
        }
        out.println("Allocation (USD bn) and marginal effect per extra USD bn:");
        for (Map.Entry<String, Double> e : r.allocation().entrySet()) {
            out.println(String.format(java.util.Locale.ROOT, "  %-12s %7s   %s", e.getKey(),
                    Formats.fixed(e.getValue(), 2), Formats.change(unit, r.marginalPerUsdBn().get(e.getKey()))));
        }
    }
}
