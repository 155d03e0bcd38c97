package id.simlayan.identity.internal;

import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.AccountProvisioning.NewAccount;
import id.simlayan.identity.Membership;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo units and one account per role (docs/demo-data.md), behind {@code simlayan.demo.enabled}.
 * Idempotent: what exists (unit code, e-mail) is skipped. Runs before the catalog's demo data,
 * which needs the units.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class IdentityDemoData implements ApplicationRunner {

    /** The password of every demo account. Demo only: never enable demo data in production. */
    static final String DEMO_PASSWORD = "Demo#2026simlayan";

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final AccountProvisioning provisioning;
    private final Registration registration;
    private final UnitRepository units;
    private final AccountRepository accounts;

    IdentityDemoData(AccountProvisioning provisioning, Registration registration, UnitRepository units, AccountRepository accounts) {
        this.provisioning = provisioning;
        this.registration = registration;
        this.units = units;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        var unitNames = new LinkedHashMap<String, String>();
        unitNames.put("DISKOMINFO", "Dinas Komunikasi dan Informatika Kota Pekalongan");
        unitNames.put("INFRA", "Bidang Infrastruktur dan Statistik");
        unitNames.put("APTIKA", "Bidang Aplikasi dan Persandian");
        unitNames.put("IKP", "Bidang Informasi dan Komunikasi Publik");
        unitNames.put("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil");
        unitNames.put("DINKES", "Dinas Kesehatan");
        unitNames.put("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        unitNames.put("BAPPEDA", "Badan Perencanaan Pembangunan Daerah");
        Map<String, UnitId> unit = new LinkedHashMap<>();
        unitNames.forEach((code, name) -> unit.put(code, ensureUnit(code, name)));

        staff("admin@simlayan.test", "Administrator SIMLAYAN", "3375010101850001", unit.get("DISKOMINFO"), Role.ADMIN);
        staff("agen@simlayan.test", "Sri Wahyuni", "3375024502900002", unit.get("DISKOMINFO"), Role.AGENT);
        staff("unit.infra@simlayan.test", "Agus Prasetyo", "3375031003880003", unit.get("INFRA"), Role.UNIT_ADMIN);
        staff("teknisi.infra@simlayan.test", "Dimas Saputra", "3375041504950004", unit.get("INFRA"), Role.TECHNICIAN);
        staff("kabid.infra@simlayan.test", "Ir. Bambang Hermawan", "3375012006750005", unit.get("INFRA"), Role.SUPERVISOR);
        staff("unit.aptika@simlayan.test", "Nur Hidayah", "3375025107910006", unit.get("APTIKA"), Role.UNIT_ADMIN);
        staff("unit.ikp@simlayan.test", "Fajar Nugroho", "3375030508890007", unit.get("IKP"), Role.UNIT_ADMIN);
        staff("unit.dukcapil@simlayan.test", "Retno Kusumawati", "3375046209870008", unit.get("DISDUKCAPIL"), Role.UNIT_ADMIN);
        staff("teknisi.dukcapil@simlayan.test", "Yoga Pratama", "3375011210960009", unit.get("DISDUKCAPIL"), Role.TECHNICIAN);
        account("warga@simlayan.test", new NewAccount("Siti Aminah", "warga@simlayan.test", "+6281225550101", "3375015311920010", null, null,
                DEMO_PASSWORD), Set.of());
        account("asn@simlayan.test", new NewAccount("dr. Hendra Wijaya", "asn@simlayan.test", "+6281225550102", "3375021412860011",
                "198612142010011002", unit.get("DINKES"), DEMO_PASSWORD), Set.of());
        pendingRegistration();
    }

    private UnitId ensureUnit(String code, String name) {
        var existing = units.findByCode(code);
        if (existing.isPresent()) {
            return new UnitId(existing.get().getId());
        }
        boolean frontDesk = "DISKOMINFO".equals(code) && units.findFrontDesk().isEmpty();
        log.info("Demo data: unit {}", code);
        return provisioning.createUnit(code, name, frontDesk);
    }

    private void staff(String email, String name, String nik, UnitId unit, Role role) {
        int n = Math.abs(email.hashCode() % 10_000);
        account(email, new NewAccount(name, email, "+62812255%05d".formatted(n), nik, null, unit, DEMO_PASSWORD),
                Set.of(new Membership(unit, role)));
    }

    private void account(String email, NewAccount account, Set<Membership> memberships) {
        if (accounts.existsByEmail(email)) {
            return;
        }
        log.info("Demo data: account {}", email);
        provisioning.createActiveAccount(account, memberships);
    }

    private void pendingRegistration() {
        String email = "pendaftar@simlayan.test";
        if (accounts.existsByEmail(email)) {
            return;
        }
        log.info("Demo data: pending registration {}", email);
        registration.register(new Registration.Application(Registration.Applicant.CITIZEN, "Lestari Handayani", "3375055803940012", email,
                "081225550103", DEMO_PASSWORD, DEMO_PASSWORD, null, (UUID) null, true), null);
    }
}
