/**
 * Identity: accounts of citizens, civil servants and staff, their registration and approval,
 * units (OPD) and the roles people hold in them, login and the current user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"platform", "audit"})
package id.simlayan.identity;
