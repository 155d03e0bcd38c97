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

    /** The live-update topic the ticket pages listen on ({@code LiveUpdates}); any module may publish a change of this ticket to it. */
    public String liveTopic() {
        return "ticket:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
