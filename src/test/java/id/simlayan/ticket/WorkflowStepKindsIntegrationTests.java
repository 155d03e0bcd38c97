package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.catalog.ServiceOfferingView;
import id.simlayan.catalog.TicketKind;
import id.simlayan.identity.Role;
import id.simlayan.identity.UnitId;
import id.simlayan.standard.StandardFixtures;
import id.simlayan.workflow.Actor;
import id.simlayan.workflow.PublicStatus;
import id.simlayan.workflow.Requirement;
import id.simlayan.workflow.Scope;
import id.simlayan.workflow.Stage;
import id.simlayan.workflow.Step;
import id.simlayan.workflow.StepKind;
import id.simlayan.workflow.WorkflowDefinition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each step kind once, in the smallest definition that reaches it: a preparing step brings the
 * ticket to stage {@code a} (the status the kind is taken in), the step under test leads to
 * {@code b}. Without its inputs the step is refused and nothing changes; with them the ticket
 * is in {@code b} with b's public status, the step is recorded with its kind and outcome, and
 * the kind's own effect is there. EXTEND is walked with the SLA extension it grants in
 * {@link WorkflowProceduresIntegrationTests}; CONFIRM and CLOSE lead to an end stage here.
 */
class WorkflowStepKindsIntegrationTests extends TicketTestSupport {

    private static final Set<StepKind> BY_REQUESTER = EnumSet.of(StepKind.REQUESTER_ANSWERS, StepKind.CONFIRM, StepKind.REOPEN,
            StepKind.OBJECT);

    @ParameterizedTest
    @EnumSource(value = StepKind.class, names = "EXTEND", mode = EnumSource.Mode.EXCLUDE)
    void eachStepKindMovesTheTicketRecordsItselfAndRefusesMissingInputs(StepKind kind) throws Exception {
        UnitId team = people.aUnit();
        var technician = people.aTechnician(team);
        var service = serviceFollowing(kind);
        var requester = login(people.aRequester());
        var agent = login(people.anAgent());
        UUID id = submit(requester, service, "Uji langkah " + kind);
        taken(postAs(agent, "/petugas/tiket/" + id + "/langkah/siapkan", prepareInputs(kind, version(id))));
        assertThat(stage(id)).isEqualTo("a");

        var actor = BY_REQUESTER.contains(kind) ? requester : agent;
        String path = (BY_REQUESTER.contains(kind) ? "/lacak/" : "/petugas/tiket/") + id + "/langkah/uji";
        var needed = kind.implied();
        if (!needed.isEmpty()) {
            long entries = timelineSize(id);
            postAs(actor, path, "version", version(id)).andExpect(status().isBadRequest());
            assertThat(stage(id)).isEqualTo("a");
            assertThat(timelineSize(id)).isEqualTo(entries);
        }

        var params = new ArrayList<>(List.of("version", version(id)));
        inputs(needed, service, team, technician.userId().value()).forEach((name, value) -> params.addAll(List.of(name, value)));
        taken(postAs(actor, path, params.toArray(String[]::new)));

        boolean toEnd = kind == StepKind.CONFIRM || kind == StepKind.CLOSE;
        assertThat(stage(id)).isEqualTo(toEnd ? "akhir" : "b");
        assertThat(statusOf(id)).isEqualTo(toEnd ? "DITUTUP" : "DIPROSES");
        var record = jdbc.sql("SELECT kind, outcome FROM ticket_step_records WHERE ticket_id = :id AND step_key = 'uji'")
                .param("id", id).query((rs, n) -> rs.getString("kind") + ":" + rs.getString("outcome")).single();
        assertThat(record).isEqualTo(kind + ":" + (kind.outcomes().isEmpty() ? null : kind.outcomes().getFirst()));
        var ticket = jdbc.sql("SELECT * FROM tickets WHERE id = :id").param("id", id).query().singleRow();
        switch (kind) {
            case HAND_OFF -> assertThat(jdbc.sql("SELECT unit_id FROM dispositions WHERE ticket_id = :id AND status = 'PENDING'")
                    .param("id", id).query(UUID.class).single()).isEqualTo(team.value());
            case DELEGATE -> assertThat(ticket.get("holder_user_id")).isEqualTo(technician.userId().value());
            case RECATEGORISE -> assertThat(ticket.get("category_id")).isEqualTo(service.categories().getLast().id().value());
            case NOTIFY_USER -> assertThat(ticket.get("user_notified_at")).isNotNull();
            case CONFIRM, CLOSE -> assertThat(ticket.get("closed_at")).isNotNull();
            default -> { }
        }
    }

    /** awal --siapkan--> a --uji (kind)--> b --selesaikan--> akhir */
    private ServiceOfferingView serviceFollowing(StepKind kind) throws Exception {
        var service = aService(TicketKind.REQUEST);
        var staff = List.of(new Actor(Role.AGENT, Scope.FRONT_DESK));
        var requester = List.of(new Actor(Role.REQUESTER, Scope.REQUESTER));
        var prepare = switch (kind) {
            case CONFIRM, REOPEN -> StepKind.RESOLVE;
            case REQUESTER_ANSWERS -> StepKind.ASK_REQUESTER;
            default -> StepKind.START_VERIFICATION;
        };
        var inA = switch (prepare) {
            case RESOLVE -> PublicStatus.SELESAI;
            case ASK_REQUESTER -> PublicStatus.MENUNGGU_PEMOHON;
            default -> PublicStatus.VERIFIKASI;
        };
        boolean toEnd = kind == StepKind.CONFIRM || kind == StepKind.CLOSE;
        String outcome = kind.outcomes().isEmpty() ? null : kind.outcomes().getFirst();
        var stages = new ArrayList<Stage>(List.of(
                new Stage("awal", "Awal", null, PublicStatus.DITERIMA, false,
                        List.of(new Step("siapkan", "Siapkan", null, prepare, null, "a", staff, Set.of()))),
                new Stage("a", "Tahap A", null, inA, false,
                        List.of(new Step("uji", "Langkah uji", null, kind, outcome, toEnd ? "akhir" : "b",
                                BY_REQUESTER.contains(kind) ? requester : staff, Set.of()))),
                new Stage("akhir", "Akhir", null, PublicStatus.DITUTUP, true, List.of())));
        if (!toEnd) {
            stages.add(new Stage("b", "Tahap B", null, PublicStatus.DIPROSES, false,
                    List.of(new Step("selesaikan", "Selesaikan", null, StepKind.CLOSE, null, "akhir", staff, Set.of()))));
        }
        var definition = new WorkflowDefinition("uji-" + kind.name().toLowerCase().replace('_', '-'), "Uji " + kind, null, "awal", stages);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        new StandardFixtures(context).publishWithWorkflow(login(people.anAdmin()), service.code(), definition, List.of(), today);
        return service;
    }

    private static String[] prepareInputs(StepKind kind, String version) {
        return switch (kind) {
            case CONFIRM, REOPEN, REQUESTER_ANSWERS -> new String[] {"version", version, "publicText", "Disiapkan."};
            default -> new String[] {"version", version};
        };
    }

    private static Map<String, String> inputs(Set<Requirement> needed, ServiceOfferingView service, UnitId team, UUID technician) {
        var out = new java.util.LinkedHashMap<String, String>();
        for (var requirement : needed) {
            switch (requirement) {
                case REASON -> out.put("reason", "Alasan uji.");
                case PUBLIC_TEXT -> out.put("publicText", "Teks uji untuk pemohon.");
                case TARGET_UNIT -> out.put("targetUnit", team.value().toString());
                case ASSIGNEE -> out.put("assignee", technician.toString());
                case CATEGORY -> out.put("category", service.categories().getLast().id().value().toString());
                case EXTERNAL_REFERENCE -> out.put("externalReference", "LAPOR-UJI-1");
                case EXEMPTION_GROUND -> out.put("exemptionGround", "Pasal 17 huruf a");
                case EQUIPMENT_LIST -> out.put("equipmentList", "1 switch 8 port");
                case DOCUMENT, HANDOVER_REPORT -> throw new IllegalStateException(requirement + " is not implied by any kind");
            }
        }
        return out;
    }
}
