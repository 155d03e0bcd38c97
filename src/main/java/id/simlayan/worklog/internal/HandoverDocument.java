package id.simlayan.worklog.internal;

import java.time.Instant;
import java.util.List;

/**
 * What the handover report's template ({@code templates/worklog/handover-report.html}) shows:
 * values only; the template words them through the worklog bundle.
 *
 * @param requesterUnit the requester's own unit (the reporting OPD); null when they have none
 * @param providerUnit  the unit that handles tickets at the front desk (Diskominfo)
 * @param entries       the entries that are not cancelled, oldest work first
 * @param equipment     every equipment row of those entries, in the same order
 */
public record HandoverDocument(String number, int version, Instant generatedAt, String ticketNumber, String ticketSubject,
                               String requesterName, String requesterUnit, String providerUnit, String generatedByName,
                               List<Line> entries, List<EquipmentRow> equipment, int totalMinutes) {

    public HandoverDocument {
        entries = List.copyOf(entries);
        equipment = List.copyOf(equipment);
    }

    public int totalHours() {
        return totalMinutes / 60;
    }

    public int totalMinutesPart() {
        return totalMinutes % 60;
    }

    public record Line(Instant doneAt, int minutes, String description, String by) {

        public int hours() {
            return minutes / 60;
        }

        public int minutesPart() {
            return minutes % 60;
        }
    }

    /** @param replaced what was removed in its place, or null */
    public record EquipmentRow(String itemName, String quantity, String unitOfMeasure, List<String> serialNumbers, String replaced) {

        public EquipmentRow {
            serialNumbers = List.copyOf(serialNumbers);
        }
    }
}
