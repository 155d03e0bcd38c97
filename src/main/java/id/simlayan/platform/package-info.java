/**
 * Technical foundation shared by every module: database bootstrap (embedded or external
 * PostgreSQL), the clock, the page shell, locale and error pages, live updates.
 * Holds no business rules. A shared module ({@code @Modulithic(sharedModules = "platform")}):
 * every module may use its root API; its sub-packages stay private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package id.simlayan.platform;
