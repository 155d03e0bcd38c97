/**
 * Knowledge base (bantuan): help articles in sections, in Indonesian and English, kept by
 * front-desk agents and admins, searched in full text by everyone, suggested while a subject is typed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base", allowedDependencies = {"platform", "identity", "audit"})
package id.simlayan.knowledge;
