package id.simlayan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.audit.AuditLog;
import id.simlayan.identity.internal.UnitAdministration;
import id.simlayan.identity.internal.UnitAdministration.UnitRow;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

class UnitAdminIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    UnitAdministration units;

    IdentityFixtures people;
    MockHttpSession admin;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        admin = people.login(mvc, people.anAdmin());
    }

    @Test
    void adminCreatesAUnitUnderAParentAndRenamesIt() throws Exception {
        var parent = people.aUnit();
        String code = uniqueCode();
        mvc.perform(post("/admin/unit").session(admin).with(csrf())
                        .param("code", code.toLowerCase()).param("name", "Bidang Uji").param("parentId", parent.value().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/unit"));
        var unit = directory.unitByCode(code).orElseThrow();
        assertThat(unit.name()).isEqualTo("Bidang Uji");
        assertThat(parentOf(unit.id())).isEqualTo(parent.value());
        assertThat(audit.entriesFor("UNIT", unit.id().toString(), 5)).extracting(AuditLog.RecordedEntry::action).contains("UNIT_CREATE");

        mvc.perform(post("/admin/unit/{id}/nama", unit.id().value()).session(admin).with(csrf())
                        .param("version", String.valueOf(version(unit.id()))).param("name", "Bidang Uji Baru"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.unit(unit.id()).orElseThrow().name()).isEqualTo("Bidang Uji Baru");
        mvc.perform(get("/admin/unit").session(admin)).andExpect(status().isOk()).andExpect(content().string(containsString("Bidang Uji Baru")));
    }

    @Test
    void aDuplicateCodeIsRefusedAndNothingSaved() throws Exception {
        var existing = directory.unit(people.aUnit()).orElseThrow();
        int before = count();
        mvc.perform(post("/admin/unit").session(admin).with(csrf()).param("code", existing.code()).param("name", "Lain"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Kode ini sudah dipakai unit lain.")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aParentCycleIsRefused() throws Exception {
        var top = people.aUnit();
        var child = people.aUnit();
        move(child, top).andExpect(status().is3xxRedirection());
        move(top, child)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak dapat ditempatkan di bawah dirinya sendiri")));
        move(top, top).andExpect(status().isBadRequest());
        assertThat(parentOf(top)).isNull();
    }

    @Test
    void theFrontDeskCannotBeDeactivated() throws Exception {
        var frontDesk = people.frontDesk();
        mvc.perform(post("/admin/unit/{id}/status", frontDesk.value()).session(admin).with(csrf())
                        .param("version", String.valueOf(version(frontDesk))).param("active", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Meja layanan depan tidak dapat dinonaktifkan")));
        assertThat(directory.units()).extracting(UnitSummary::id).contains(frontDesk);
    }

    @Test
    void anOrdinaryUnitIsDeactivatedAndLeavesTheActiveList() throws Exception {
        var unit = people.aUnit();
        mvc.perform(post("/admin/unit/{id}/status", unit.value()).session(admin).with(csrf())
                        .param("version", String.valueOf(version(unit))).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.units()).extracting(UnitSummary::id).doesNotContain(unit);
        assertThat(directory.unit(unit)).isPresent();
    }

    @Test
    void aStaleChangeIsRefused() throws Exception {
        var unit = people.aUnit();
        long opened = version(unit);
        mvc.perform(post("/admin/unit/{id}/nama", unit.value()).session(admin).with(csrf())
                .param("version", String.valueOf(opened)).param("name", "Pertama")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/unit/{id}/nama", unit.value()).session(admin).with(csrf())
                        .param("version", String.valueOf(opened)).param("name", "Kedua"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("baru saja diubah oleh orang lain")));
        assertThat(directory.unit(unit).orElseThrow().name()).isEqualTo("Pertama");
    }

    @Test
    void nonAdministratorsAreForbidden() throws Exception {
        var agent = people.login(mvc, people.anAgent());
        mvc.perform(get("/admin/unit").session(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/unit").session(agent).with(csrf()).param("code", uniqueCode()).param("name", "X"))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions move(UnitId unit, UnitId parent) throws Exception {
        return mvc.perform(post("/admin/unit/{id}/induk", unit.value()).session(admin).with(csrf())
                .param("version", String.valueOf(version(unit))).param("parentId", parent.value().toString()));
    }

    private UnitRow row(UnitId unit) {
        return units.all().stream().filter(u -> u.id().equals(unit.value())).findFirst().orElseThrow();
    }

    private long version(UnitId unit) {
        return row(unit).version();
    }

    private UUID parentOf(UnitId unit) {
        return row(unit).parentId();
    }

    private int count() {
        return units.all().size();
    }

    private static String uniqueCode() {
        return "UJI-ADM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
