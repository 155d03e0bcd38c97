package id.simlayan.sla.web;

import id.simlayan.sla.internal.SlaPolicy;
import java.util.List;
import java.util.UUID;

/** The policy form as typed; checked by {@link PolicyAdminController}. Empty amount and unit mean "no such target". */
record PolicyForm(UUID id, Long version, String name, UUID serviceId, UUID categoryId, String priority,
                  Integer responseAmount, String responseUnit, String responseMode,
                  Integer resolutionAmount, String resolutionUnit, String resolutionMode,
                  Integer extensionAmount, String extensionUnit,
                  String startEvent, List<String> pauseStatuses, Integer warningPercent, Boolean escalate, Boolean active) {

    static PolicyForm empty() {
        return new PolicyForm(null, 0L, "", null, null, "", null, "", "BUSINESS", null, "", "BUSINESS", null, "", "RECEIVED",
                List.of("MENUNGGU_PEMOHON"), SlaPolicy.DEFAULT_WARNING_PERCENT, false, true);
    }

    static PolicyForm of(SlaPolicy p) {
        return new PolicyForm(p.id(), p.version(), p.name(), p.serviceId().value(), p.categoryId() == null ? null : p.categoryId().value(),
                p.priority() == null ? "" : p.priority().name(),
                p.response() == null ? null : (int) p.response().amount(), p.response() == null ? "" : p.response().unit().name(),
                p.response() == null ? "BUSINESS" : p.response().mode().name(),
                (int) p.resolution().amount(), p.resolution().unit().name(), p.resolution().mode().name(),
                p.extension() == null ? null : (int) p.extension().amount(), p.extension() == null ? "" : p.extension().unit().name(),
                p.startEvent().name(), p.pauseStatuses().stream().map(Enum::name).sorted().toList(), p.warningPercent(), p.escalate(), p.active());
    }
}
