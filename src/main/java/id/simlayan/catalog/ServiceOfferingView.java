package id.simlayan.catalog;

import id.simlayan.identity.UnitId;
import java.util.List;
import java.util.Optional;

/** A published service as other modules and pages see it; {@code audience} says who may request it. */
public record ServiceOfferingView(ServiceOfferingId id, String code, String name, String summary, String description,
                                  TicketKind kind, UnitId ownerUnitId, boolean evidenceRequired, List<CategoryView> categories,
                                  Audience audience) {

    public ServiceOfferingView {
        categories = List.copyOf(categories);
    }

    public Optional<CategoryView> category(CategoryId id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public record CategoryView(CategoryId id, String code, String name) {
    }
}
