/**
 * Technical foundation shared by every module: database bootstrap (embedded or external
 * PostgreSQL), the clock, the page shell, locale and error pages, live updates.
 * Holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.simlayan.platform;
