/**
 * Standard: the service standard (Standar Pelayanan, UU 25/2009 Pasal 21; PermenPAN-RB
 * 15/2014) of each catalog service in numbered versions: drafted, published (current from its
 * effective date), later superseded; published versions never change. Other modules ask
 * {@link id.simlayan.standard.StandardVersions} which version is current and learn of a
 * publication through {@link id.simlayan.standard.StandardPublished}; each version keeps its
 * request form ({@link id.simlayan.standard.RequestForms}) and workflow
 * ({@link id.simlayan.standard.ServiceWorkflows}). See README.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standard", allowedDependencies = {"platform", "identity", "catalog", "document", "calendar", "storage", "workflow"})
package id.simlayan.standard;
