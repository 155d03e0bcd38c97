package id.simlayan.ticket.internal;

import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitSummary;
import id.simlayan.platform.DateDisplay;
import id.simlayan.standard.FieldKind;
import id.simlayan.standard.FormAnswers.Answer;
import id.simlayan.ticket.TicketId;
import id.simlayan.ticket.internal.TicketViews.AnswerView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The request-form answers of a ticket as its pages show them: the label as answered, dates in
 * words, a unit by its name, the ticked options as a list, a document as the files linked to
 * its field. Only for pages that passed the ticket's access check: answers may hold personal data.
 */
@Component
class FormAnswerViews {

    private final FormAnswerStore store;
    private final Directory directory;
    private final DateDisplay dates;

    FormAnswerViews(FormAnswerStore store, Directory directory, DateDisplay dates) {
        this.store = store;
        this.directory = directory;
        this.dates = dates;
    }

    /** @param visibleFiles the ticket's attachments this viewer may download */
    List<AnswerView> of(TicketId ticket, List<AttachmentRecord> visibleFiles) {
        return store.of(ticket).stream().map(answer -> view(answer, visibleFiles)).toList();
    }

    private AnswerView view(Answer answer, List<AttachmentRecord> visibleFiles) {
        List<AttachmentRecord> files = answer.kind() == FieldKind.DOCUMENT
                ? visibleFiles.stream().filter(f -> answer.key().equals(f.formFieldKey())).toList() : List.of();
        List<String> texts = answer.values().isEmpty() ? List.of() : switch (answer.kind()) {
            case DATE -> List.of(dates.day(answer.date()));
            case LETTER -> List.of(answer.letterNumber(), dates.day(answer.date()));
            case UNIT -> List.of(directory.unit(answer.unitId()).map(UnitSummary::name).orElse(answer.value()));
            default -> answer.values();
        };
        return new AnswerView(answer.key(), answer.kind(), answer.label(), texts, files);
    }
}
