package id.simlayan.ticket;

import java.util.UUID;

/** Identifier of a ticket: random, so URLs cannot be guessed from one another. */
public record TicketId(UUID value) {

    public TicketId {
        if (value == null) {
            throw new IllegalArgumentException("TicketId needs a value");
        }
    }

    public static TicketId random() {
        return new TicketId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
