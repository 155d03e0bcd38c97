package id.simlayan.ticket.web;

import id.simlayan.ticket.internal.TicketAccessCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The absolute address of the public tracking form, printed on receipts ({@code @accessCodeLinks} in templates). */
@Component("accessCodeLinks")
public class AccessCodeLinks {

    private final String trackingUrl;

    AccessCodeLinks(@Value("${simlayan.base-url:http://localhost:8080}") String baseUrl) {
        this.trackingUrl = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + TicketAccessCodes.TRACK_PATH;
    }

    public String trackingUrl() {
        return trackingUrl;
    }
}
