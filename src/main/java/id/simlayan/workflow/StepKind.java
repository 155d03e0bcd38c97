package id.simlayan.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of step a workflow can use. What a kind does to a ticket is code, written and
 * tested once; which kinds a service uses, from which stage, by whom, is configuration. Each
 * kind implies the requirements it cannot do without (a return always needs its reason) and,
 * for decisions with fixed answers, the outcomes a step of that kind may record.
 */
public enum StepKind {
    /** the front desk starts checking a received ticket */
    START_VERIFICATION,
    /** verified: within authority, work starts */
    ACCEPT,
    /** the request lacks something: the requester is asked, the clock pauses */
    ASK_REQUESTER(Requirement.PUBLIC_TEXT),
    /** the requester answers a question */
    REQUESTER_ANSWERS(Requirement.PUBLIC_TEXT),
    /** rejected: outside authority or requirements not met */
    REJECT(Requirement.REASON),
    /**
     * handed to another unit with an instruction. The hand-off stays pending until the receiving
     * unit answers: it accepts (the ticket is in the target stage, held by that unit) or returns it
     * with a reason (back to the stage it came from). Those two answers belong to every hand-off,
     * so definitions do not write them as steps.
     */
    HAND_OFF(Requirement.TARGET_UNIT, Requirement.REASON),
    /** sent back to the outside party it came from (LAPOR!: not within authority) */
    RETURN_TO_SOURCE(Requirement.REASON, Requirement.EXTERNAL_REFERENCE),
    /** delegated to a person (technician, application team member) */
    DELEGATE(Requirement.ASSIGNEE),
    /** the category chosen by the requester is corrected */
    RECATEGORISE(Requirement.CATEGORY),
    /** raised to the leader or the next tier */
    ESCALATE(Requirement.REASON),
    /** the leader decides on an escalated ticket and gives an instruction */
    DECIDE(Requirement.PUBLIC_TEXT),
    /** solved at first contact, still recorded and counted */
    SOLVE_AT_ONCE(Requirement.PUBLIC_TEXT),
    /** the user was told the work starts: repair time limits run from here (seed 003) */
    NOTIFY_USER(Requirement.PUBLIC_TEXT),
    /** the technical team's diagnosis */
    DIAGNOSE(Set.of(), List.of("LIGHT", "HEAVY")),
    /** the equipment and materials needed are reported to the person in charge */
    REQUEST_EQUIPMENT(Requirement.EQUIPMENT_LIST),
    /** the person in charge approves and orders the repair */
    APPROVE,
    /** the person in charge declines, with a reason */
    DECLINE(Requirement.REASON),
    /** the worker reports the result of the work */
    REPORT_RESULT(Requirement.PUBLIC_TEXT),
    /** the coordinating unit confirms another unit's result before it goes out (LAPOR! step 5) */
    CONFIRM_RESULT,
    /** the coordinating unit sends the result back to be done again */
    SEND_BACK(Requirement.REASON),
    /** an outside party's verdict on the result is recorded (LAPOR! step 6) */
    RECORD_EXTERNAL_VERDICT(Set.of(Requirement.EXTERNAL_REFERENCE), List.of("ACCEPTED", "NOT_ACCEPTED")),
    /** the decision on a public-information request, within 10 working days */
    DECIDE_INFORMATION(Set.of(Requirement.PUBLIC_TEXT), List.of("GRANTED", "PARTLY_GRANTED", "REFUSED", "NOT_HELD")),
    /** the decision period is extended once by 7 working days, with a reason */
    EXTEND(Requirement.REASON),
    /** the requester objects (keberatan) to the superior of the PPID */
    OBJECT(Requirement.REASON),
    /** the superior of the PPID answers the objection in writing */
    ANSWER_OBJECTION(Requirement.PUBLIC_TEXT),
    /** done: the solution goes to the requester */
    RESOLVE(Requirement.PUBLIC_TEXT),
    /** the requester confirms the solution */
    CONFIRM,
    /** the requester reopens within the confirmation window */
    REOPEN(Requirement.REASON),
    /** closed without the requester (confirmation window passed, objection period over) */
    CLOSE;

    private final Set<Requirement> implied;
    private final List<String> outcomes;

    StepKind(Requirement... implied) {
        this(implied.length == 0 ? Set.of() : EnumSet.of(implied[0], implied), List.of());
    }

    StepKind(Set<Requirement> implied, List<String> outcomes) {
        this.implied = implied.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(implied));
        this.outcomes = List.copyOf(outcomes);
    }

    /** What every step of this kind requires, whatever the definition adds. */
    public Set<Requirement> implied() {
        return implied;
    }

    /** The outcomes a step of this kind records (each step names one); empty for kinds without. */
    public List<String> outcomes() {
        return outcomes;
    }

    public boolean hasOutcomes() {
        return !outcomes.isEmpty();
    }
}
