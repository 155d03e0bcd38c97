package id.simlayan.sla.internal;

import id.simlayan.identity.CurrentUser;
import id.simlayan.ticket.DeadlineExtension;
import id.simlayan.ticket.TicketId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket module's workflow step EXTEND grants the extension through {@link DeadlineExtensions},
 * with the same rules as the staff form; a refusal comes back as that form's message code.
 */
@Component
class WorkflowDeadlineExtension implements DeadlineExtension {

    private final DeadlineExtensions extensions;
    private final TicketClockRebuild rebuild;

    WorkflowDeadlineExtension(DeadlineExtensions extensions, TicketClockRebuild rebuild) {
        this.extensions = extensions;
        this.rebuild = rebuild;
    }

    @Override
    @Transactional
    public Optional<String> extendResolution(TicketId ticket, CurrentUser by, String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of("sla.extension.reasonRequired");
        }
        if (reason.strip().length() > DeadlineExtensions.MAX_REASON) {
            return Optional.of("sla.extension.reasonTooLong");
        }
        // the clocks are rebuilt after each ticket change commits; a step taken right after one must not see older inputs
        rebuild.rebuild(ticket);
        try {
            extensions.grant(ticket, by, reason);
            return Optional.empty();
        } catch (DeadlineExtensions.Unavailable e) {
            return Optional.of(e.messageKey());
        } catch (DeadlineExtensions.NotFound e) {
            return Optional.of("sla.extension.notFound");
        } catch (DeadlineExtensions.Forbidden e) {
            return Optional.of("sla.extension.forbidden");
        }
    }
}
