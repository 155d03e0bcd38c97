package id.simlayan.catalog;

import id.simlayan.identity.UnitId;
import java.util.List;

/** Creates services and their categories (demo data, administrator tools, test fixtures). */
public interface CatalogAdministration {

    ServiceOfferingId create(NewServiceOffering offering);

    /** Changes who may request the service (e.g. the demo data bringing an older database up to date). */
    void changeAudience(ServiceOfferingId id, Audience audience);

    record NewServiceOffering(String code, String name, String summary, String description, TicketKind kind,
                              UnitId ownerUnitId, List<NewCategory> categories, Audience audience) {
    }

    record NewCategory(String code, String name) {
    }
}
