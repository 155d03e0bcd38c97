/**
 * Catalog: the services (layanan) the office offers, their kind of ticket, their categories
 * and the unit that owns them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = {"platform", "identity", "audit"})
package id.simlayan.catalog;
