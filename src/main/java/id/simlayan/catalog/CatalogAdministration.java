package id.simlayan.catalog;

import id.simlayan.identity.UnitId;
import java.util.List;

/** Creates services and their categories (demo data, administrator tools, test fixtures). */
public interface CatalogAdministration {

    ServiceOfferingId create(NewServiceOffering offering);

    record NewServiceOffering(String code, String name, String summary, String description, TicketKind kind,
                              UnitId ownerUnitId, List<NewCategory> categories) {
    }

    record NewCategory(String code, String name) {
    }
}
