/**
 * Documents: renders a Thymeleaf template to PDF with embedded fonts (decree annexes, later the
 * handover report, survey results, quarterly evaluation) and keeps the file through storage,
 * with its SHA-256. Rules in README.md beside this file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"platform", "storage"})
package id.simlayan.document;
