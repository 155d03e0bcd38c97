package id.simlayan.identity;

/** What other modules may know of a person to address them. */
public record UserContact(UserId id, String fullName, String email, String phone) {
}
