/**
 * Audit: an append-only log of security-relevant actions and refused access attempts
 * (UU PDP asks for a record of processing).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"platform"})
package id.simlayan.audit;
