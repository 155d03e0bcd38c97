/**
 * Workflow: per-service procedures (SOP) as data. A {@link id.simlayan.workflow.WorkflowDefinition}
 * names stages, the steps allowed from each, who may take each step and what it requires, and
 * the public status each stage shows; step kinds are code ({@link id.simlayan.workflow.StepKind}).
 * The five seed procedures ship as templates ({@link id.simlayan.workflow.WorkflowTemplates}).
 * See README.md for what is wired to tickets and what is not yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = {"identity"})
package id.simlayan.workflow;
