/**
 * Storage: files (attachments, generated documents) behind one interface, checked by content
 * before they are kept. Local folder by default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage", allowedDependencies = {"platform"})
package id.simlayan.storage;
