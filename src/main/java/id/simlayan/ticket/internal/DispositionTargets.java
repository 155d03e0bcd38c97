package id.simlayan.ticket.internal;

import id.simlayan.identity.Directory;
import id.simlayan.identity.UnitId;
import id.simlayan.identity.UnitSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The units a ticket may be disposed to: every active unit except the front desk itself. The
 * form offers this list and the step checks against it, so a forged {@code unitId} (the front
 * desk, an inactive or unknown unit) cannot strand a ticket where no one works it.
 */
@Component
class DispositionTargets {

    private final Directory directory;

    DispositionTargets(Directory directory) {
        this.directory = directory;
    }

    List<UnitSummary> all() {
        Optional<UnitId> frontDesk;
        try {
            frontDesk = Optional.of(directory.frontDesk().id());
        } catch (IllegalStateException none) {
            frontDesk = Optional.empty();
        }
        Optional<UnitId> excluded = frontDesk;
        return directory.units().stream().filter(u -> excluded.map(f -> !f.equals(u.id())).orElse(true)).toList();
    }

    boolean allows(UnitId unit) {
        return unit != null && all().stream().anyMatch(u -> u.id().equals(unit));
    }
}
