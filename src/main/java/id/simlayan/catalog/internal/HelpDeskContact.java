package id.simlayan.catalog.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The help-desk contact shown on the public pages ({@code simlayan.contact.*}). Defaults are
 * the Diskominfo Kota Pekalongan channels in the seed service standards (seeds 001 and 004).
 *
 * @param office the office's name
 * @param address postal address (the seeds give none; set it per installation)
 * @param phones telephone numbers
 * @param email e-mail address ({@code SIMLAYAN_CONTACT_EMAIL}; the seeds' {@code diskominfo@gafe.pekalongankota}
 *              has no top-level domain, so the default is the city's {@code go.id} domain: check it per installation)
 * @param website public website
 * @param social social media handle
 */
@ConfigurationProperties("simlayan.contact")
public record HelpDeskContact(String office, String address, List<String> phones, String email, String website, String social) {

    public HelpDeskContact {
        office = orDefault(office, "Dinas Komunikasi dan Informatika Kota Pekalongan");
        address = orDefault(address, "Kota Pekalongan, Jawa Tengah");
        phones = phones == null || phones.isEmpty() ? List.of("(0285) 421243", "(0285) 420223") : List.copyOf(phones);
        email = orDefault(email, "diskominfo@pekalongankota.go.id");
        website = orDefault(website, "http://kominfo.pekalongankota.go.id");
        social = orDefault(social, "@pkl.diskominfo");
    }

    /** The telephone number in a form for {@code tel:} links. */
    public String telLink(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return "tel:+62" + (digits.startsWith("0") ? digits.substring(1) : digits);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
