package id.simlayan.worklog.internal;

import java.util.List;

/** A work entry (or its cancellation) that breaks {@link WorkEntryRules}; nothing was saved. */
public class WorkEntryRefused extends RuntimeException {

    private final List<WorkEntryRules.Problem> problems;

    WorkEntryRefused(List<WorkEntryRules.Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<WorkEntryRules.Problem> problems() {
        return problems;
    }
}
