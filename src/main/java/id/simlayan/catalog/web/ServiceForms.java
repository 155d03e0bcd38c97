package id.simlayan.catalog.web;

import id.simlayan.catalog.Audience;
import id.simlayan.catalog.CatalogAdministration;
import id.simlayan.catalog.Channel;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The form records of {@code /admin/layanan}. */
final class ServiceForms {

    private ServiceForms() {
    }

    /** Creating or editing a service; {@code code} is only read when the service is created. */
    record ServiceForm(
            @NotBlank(message = "{catalog.admin.validation.code}") @Size(max = 40, message = "{catalog.admin.validation.code}")
            @Pattern(regexp = CatalogAdministration.CODE_PATTERN, message = "{catalog.admin.validation.code}") String code,
            Long version,
            @NotBlank(message = "{catalog.admin.validation.name}") @Size(max = 200, message = "{catalog.admin.validation.name}") String name,
            @Size(max = 200, message = "{catalog.admin.validation.name}") String nameEn,
            @NotBlank(message = "{catalog.admin.validation.summary}") @Size(max = 500, message = "{catalog.admin.validation.summary}") String summary,
            @Size(max = 500, message = "{catalog.admin.validation.summary}") String summaryEn,
            @Size(max = 10_000, message = "{catalog.admin.validation.description}") String description,
            @NotNull(message = "{catalog.admin.validation.kind}") TicketKind kind,
            @NotNull(message = "{catalog.admin.validation.owner}") UUID ownerUnitId,
            @NotNull(message = "{catalog.admin.validation.audience}") Audience audience,
            Set<Channel> channels,
            Boolean active) {

        static ServiceForm empty() {
            return new ServiceForm("", null, "", "", "", "", "", null, null, Audience.PUBLIC, EnumSet.of(Channel.WEB), true);
        }

        static ServiceForm of(ServiceOfferingView s) {
            return new ServiceForm(s.code(), s.version(), s.name(), s.nameEn(), s.summary(), s.summaryEn(), s.description(), s.kind(),
                    s.ownerUnitId().value(), s.audience(), s.channels(), s.active());
        }

        /** Whether the form shows {@code channel} as chosen. */
        public boolean accepts(Channel channel) {
            return channels != null && channels.contains(channel);
        }

        Set<Channel> chosenChannels() {
            return channels == null ? Set.of() : channels;
        }
    }

    record CategoryForm(
            @NotNull(message = "{catalog.admin.error.stale}") Long version,
            @NotBlank(message = "{catalog.admin.validation.categoryCode}") @Size(max = 40, message = "{catalog.admin.validation.categoryCode}")
            @Pattern(regexp = CatalogAdministration.CODE_PATTERN, message = "{catalog.admin.validation.categoryCode}") String code,
            @NotBlank(message = "{catalog.admin.validation.categoryName}") @Size(max = 200, message = "{catalog.admin.validation.categoryName}") String name) {

        static CategoryForm empty(long version) {
            return new CategoryForm(version, "", "");
        }
    }

    record CategoryNameForm(
            @NotNull(message = "{catalog.admin.error.stale}") Long version,
            @NotBlank(message = "{catalog.admin.validation.categoryName}") @Size(max = 200, message = "{catalog.admin.validation.categoryName}") String name) {
    }
}
