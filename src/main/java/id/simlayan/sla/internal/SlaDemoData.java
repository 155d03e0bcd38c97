package id.simlayan.sla.internal;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.catalog.CategoryId;
import id.simlayan.catalog.ServiceCatalog;
import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.sla.internal.SlaPolicy.StartEvent;
import id.simlayan.ticket.TicketStatus;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo SLA policies from the seeds ({@code simlayan.demo.enabled}); runs after the demo services
 * (order 20) and before the demo tickets (order 30), so that those get clocks. Idempotent: a
 * policy whose key (service, category) already has an active policy is skipped; so is one whose
 * service or category code is missing (older demo database), with a log line.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class SlaDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SlaDemoData.class);
    private static final Set<TicketStatus> WAITING = Set.of(TicketStatus.MENUNGGU_PEMOHON);
    /**
     * Example hand-off targets (OLA) of the services whose seed hands tickets between units; the
     * seeds name none, so these are marked as examples in the policy name.
     */
    private static final java.util.Map<String, Target> HANDOFF_TARGETS = java.util.Map.of("gangguan-batiknet", Target.workingDays(1));

    private final ServiceCatalog catalog;
    private final PolicyStore store;

    SlaDemoData(ServiceCatalog catalog, PolicyStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        Target oneWorkingDay = Target.workingDays(1);
        Target twoTimes24 = Target.hours(48, ClockMode.CALENDAR);
        Target halfHour = Target.minutes(30, ClockMode.BUSINESS);
        // seed 000: complaints 2x24 h after verification
        policy("aduan-konten", null, "Aduan konten: 2×24 jam sejak verifikasi", oneWorkingDay, twoTimes24, null, StartEvent.VERIFIED, true);
        policy("sp4n-lapor", null, "SP4N-LAPOR!: 2×24 jam sejak verifikasi", oneWorkingDay, twoTimes24, null, StartEvent.VERIFIED, true);
        // seed 002: complaints 1 operational day, requests 10
        policy("service-desk-egov", null, "Service desk e-Government: 10 hari kerja", oneWorkingDay, Target.workingDays(10), null,
                StartEvent.RECEIVED, false);
        policy("service-desk-egov", "aduan", "Service desk e-Government, aduan: 1 hari operasional", oneWorkingDay, oneWorkingDay, null,
                StartEvent.RECEIVED, true);
        policy("service-desk-egov", "permintaan", "Service desk e-Government, permintaan: 10 hari kerja", oneWorkingDay,
                Target.workingDays(10), null, StartEvent.RECEIVED, false);
        // seed 003: the help-desk table
        policy("help-desk-ti", null, "Help desk TI: 1 hari kerja", halfHour, oneWorkingDay, null, StartEvent.RECEIVED, false);
        policy("help-desk-ti", "penggantian-password", "Help desk TI, penggantian kata sandi: 30 menit", halfHour, halfHour, null,
                StartEvent.RECEIVED, false);
        policy("help-desk-ti", "update-basis-data", "Help desk TI, pembaruan basis data: 30 menit", halfHour, halfHour, null,
                StartEvent.RECEIVED, false);
        policy("help-desk-ti", "perbaikan-akun", "Help desk TI, perbaikan akun: 1 jam", halfHour, Target.hours(1, ClockMode.BUSINESS), null,
                StartEvent.RECEIVED, false);
        policy("help-desk-ti", "perbaikan-konfigurasi", "Help desk TI, perbaikan konfigurasi: 1 jam sejak diberitahukan", halfHour,
                Target.hours(1, ClockMode.BUSINESS), null, StartEvent.USER_NOTIFIED, false);
        policy("help-desk-ti", "pointing-antena", "Help desk TI, pointing antena: 3 jam", halfHour, Target.hours(3, ClockMode.BUSINESS), null,
                StartEvent.VERIFIED, false);
        policy("help-desk-ti", "penggantian-perangkat", "Help desk TI, penggantian perangkat: 1 minggu", halfHour, Target.workingDays(5), null,
                StartEvent.VERIFIED, false);
        policy("help-desk-ti", "keamanan-informasi", "Help desk TI, keamanan informasi: 1 hari kerja", halfHour, oneWorkingDay, null,
                StartEvent.RECEIVED, true);
        // seed 004
        policy("gangguan-batiknet", null, "Gangguan Batik.Net: 5 hari kerja (contoh: 1 hari kerja per unit)", Target.hours(1, ClockMode.BUSINESS), Target.workingDays(5), null,
                StartEvent.RECEIVED, false);
        // UU 14/2008 Pasal 22(7): 10 working days, extensible once by 7 working days with a written reason
        policy("permohonan-informasi-publik", null, "Informasi publik: 10 hari kerja (+7 hari kerja perpanjangan)", oneWorkingDay,
                Target.workingDays(10), Target.workingDays(7), StartEvent.RECEIVED, false);
        policy("domain-hosting", null, "Domain dan hosting: 5 hari kerja", oneWorkingDay, Target.workingDays(5), null, StartEvent.RECEIVED, false);
        policy("sertifikat-elektronik", null, "Sertifikat elektronik: 5 hari kerja", oneWorkingDay, Target.workingDays(5), null,
                StartEvent.RECEIVED, false);
    }

    private void policy(String serviceCode, String categoryCode, String name, Target response, Target resolution, Target extension,
                        StartEvent start, boolean escalate) {
        var service = catalog.findByCode(serviceCode);
        if (service.isEmpty()) {
            log.info("Demo data: SLA policy '{}' skipped, service {} is missing", name, serviceCode);
            return;
        }
        CategoryId category = null;
        if (categoryCode != null) {
            var found = service.get().categories().stream().filter(c -> c.code().equals(categoryCode)).findFirst();
            if (found.isEmpty()) {
                log.info("Demo data: SLA policy '{}' skipped, category {} of {} is missing", name, categoryCode, serviceCode);
                return;
            }
            category = found.get().id();
        }
        if (exists(service.get(), category)) {
            return;
        }
        log.info("Demo data: SLA policy '{}'", name);
        Target handoff = category == null ? HANDOFF_TARGETS.get(serviceCode) : null;
        store.save(new SlaPolicy(null, service.get().id(), category, null, name, response, resolution, extension, handoff, start, WAITING,
                SlaPolicy.DEFAULT_WARNING_PERCENT, escalate, true, 0), null);
    }

    private boolean exists(ServiceOfferingView service, CategoryId category) {
        return store.activeFor(service.id()).stream().anyMatch(p -> Objects.equals(p.categoryId(), category) && p.priority() == null);
    }
}
