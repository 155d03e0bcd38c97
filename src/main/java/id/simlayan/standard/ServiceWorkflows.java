package id.simlayan.standard;

import id.simlayan.workflow.WorkflowDefinition;

/**
 * The workflow each standard version prescribes ("Sistem, mekanisme, dan prosedur" as a
 * definition the ticket module follows). A ticket follows the version it was filed under, so a
 * published version's workflow never changes; a new draft starts as a copy of the latest.
 */
public interface ServiceWorkflows {

    /**
     * The version's own workflow, or the general procedure ({@link #general()}) for a version
     * that has none (an unknown id included); drafts too, for the admin's preview.
     */
    WorkflowDefinition of(StandardVersionId version);

    /** The general procedure (workflow template {@code standar}), for tickets without a version. */
    WorkflowDefinition general();
}
