package id.simlayan.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.worklog.internal.EquipmentItem;
import id.simlayan.worklog.internal.NewEntry;
import id.simlayan.worklog.internal.NewEntry.NewUse;
import id.simlayan.worklog.internal.WorkEntryRules;
import id.simlayan.worklog.internal.WorkEntryRules.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkEntryRulesUnitTests {

    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
    private static final EquipmentItem CABLE = item("Kabel UTP Cat6", true);
    private static final EquipmentItem HUB = item("Hub lama", false);
    private static final Map<EquipmentItemId, EquipmentItem> ITEMS = Map.of(CABLE.id(), CABLE, HUB.id(), HUB);

    @Test
    void acceptsAnEntryWithEquipmentAtTheBoundaries() {
        var entry = new NewEntry("x".repeat(2000), NOW, 1440, List.of(new NewUse(0, CABLE.id(), new BigDecimal("0.001"), List.of("SN1"), null)));
        assertThat(WorkEntryRules.check(entry, NOW, ITEMS)).isEmpty();
        assertThat(WorkEntryRules.check(new NewEntry("Cek", null, 1, List.of()), NOW, ITEMS)).isEmpty();
    }

    @Test
    void refusesMissingOrLongTextAndTimeOutOfRange() {
        assertThat(WorkEntryRules.check(new NewEntry("  ", null, 0, List.of()), NOW, ITEMS)).containsExactly(
                new Problem("description", "worklog.entry.error.description.required"), new Problem("minutes", "worklog.entry.error.minutes"));
        assertThat(WorkEntryRules.check(new NewEntry("x".repeat(2001), null, 1441, List.of()), NOW, ITEMS)).containsExactly(
                new Problem("description", "worklog.entry.error.description.long"), new Problem("minutes", "worklog.entry.error.minutes"));
    }

    @Test
    void refusesWorkInTheFutureButNotNow() {
        assertThat(WorkEntryRules.check(new NewEntry("Cek", NOW.plusSeconds(1), 5, List.of()), NOW, ITEMS))
                .containsExactly(new Problem("doneAt", "worklog.entry.error.future"));
        assertThat(WorkEntryRules.check(new NewEntry("Cek", NOW, 5, List.of()), NOW, ITEMS)).isEmpty();
    }

    @Test
    void refusesRowsWithoutAnActiveItemOrAPositiveQuantityNamingTheirRow() {
        var uses = List.of(new NewUse(0, HUB.id(), BigDecimal.ONE, List.of(), null),
                new NewUse(1, new EquipmentItemId(UUID.randomUUID()), BigDecimal.ZERO, List.of(), null),
                new NewUse(2, null, null, List.of(), "lama"),
                new NewUse(3, CABLE.id(), new BigDecimal("-1"), List.of(), null));
        assertThat(WorkEntryRules.check(new NewEntry("Cek", null, 5, uses), NOW, ITEMS)).containsExactly(
                new Problem("uses[0].itemId", "worklog.use.error.item.inactive"),
                new Problem("uses[1].itemId", "worklog.use.error.item.inactive"),
                new Problem("uses[1].quantity", "worklog.use.error.quantity.positive"),
                new Problem("uses[2].itemId", "worklog.use.error.item.required"),
                new Problem("uses[2].quantity", "worklog.use.error.quantity.required"),
                new Problem("uses[3].quantity", "worklog.use.error.quantity.positive"));
    }

    @Test
    void readsOneSerialNumberPerLine() {
        assertThat(WorkEntryRules.serialLines(" SN-1 \r\n\nSN-2\n   \n")).containsExactly("SN-1", "SN-2");
        assertThat(WorkEntryRules.serialLines(null)).isEmpty();
    }

    @Test
    void totalsLeaveCancelledEntriesOutAndAddQuantitiesPerItem() {
        var ticket = new id.simlayan.ticket.TicketId(UUID.randomUUID());
        var by = new id.simlayan.identity.UserId(UUID.randomUUID());
        var a = new WorkEntryId(UUID.randomUUID());
        var b = new WorkEntryId(UUID.randomUUID());
        var c = new WorkEntryId(UUID.randomUUID());
        var entries = List.of(
                new WorkEntry(a, ticket, "Tarik kabel", NOW, 30, by, NOW, null, List.of(use(a, CABLE, "10.5"))),
                new WorkEntry(b, ticket, "Salah", NOW, 600, by, NOW, new WorkEntry.Cancellation(by, NOW, "salah tiket"), List.of(use(b, CABLE, "99"))),
                new WorkEntry(c, ticket, "Tambah", NOW, 15, by, NOW, null, List.of(use(c, CABLE, "2"), use(c, HUB, "1"))));
        var totals = WorkTotals.of(entries);
        assertThat(totals.minutes()).isEqualTo(45);
        assertThat(totals.equipment()).extracting(WorkTotals.ItemTotal::itemName).containsExactly("Kabel UTP Cat6", "Hub lama");
        assertThat(totals.equipment()).extracting(WorkTotals.ItemTotal::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("12.5"), BigDecimal.ONE);
        assertThat(totals.equipment().getFirst().quantity().toPlainString()).isEqualTo("12.5");
    }

    private static EquipmentUse use(WorkEntryId entry, EquipmentItem item, String quantity) {
        return new EquipmentUse(entry, item.id(), item.name(), item.unitOfMeasure(), new BigDecimal(quantity), List.of(), null);
    }

    private static EquipmentItem item(String name, boolean active) {
        return new EquipmentItem(new EquipmentItemId(UUID.randomUUID()), name, "meter", null, active, 0);
    }
}
