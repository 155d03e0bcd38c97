package id.simlayan.catalog;

import id.simlayan.identity.UnitId;
import id.simlayan.identity.UserId;
import java.util.List;
import java.util.Set;

/**
 * Creates and changes services and their categories (administrator pages, demo data, test
 * fixtures). Changes made by a person name them and are written to the audit log. Every change
 * to an existing service names the {@link ServiceOfferingView#version() version} it was made
 * against and is refused with {@link CatalogChangeRefused#STALE} when the service has changed
 * since. Refusals are {@link CatalogChangeRefused} with a message code.
 */
public interface CatalogAdministration {

    /** Service and category codes: lowercase letters and digits in words joined by hyphens, e.g. {@code gangguan-batiknet}. */
    String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Creates a service on behalf of the system (demo data, fixtures). */
    ServiceOfferingId create(NewServiceOffering offering);

    ServiceOfferingId create(NewServiceOffering offering, UserId actor);

    /** Changes who may request the service (e.g. the demo data bringing an older database up to date). */
    void changeAudience(ServiceOfferingId id, Audience audience);

    /** Every service, inactive ones too, in catalog order. */
    List<ServiceOfferingView> allOfferings();

    /** Changes everything about a service but its code, which links and tickets rely on. */
    void update(ServiceOfferingId id, long version, ServiceChanges changes, UserId actor);

    void addCategory(ServiceOfferingId id, long version, NewCategory category, UserId actor);

    void renameCategory(ServiceOfferingId id, long version, CategoryId category, String name, UserId actor);

    /** Moves a category one place up ({@code -1}) or down ({@code +1}) among all the service's categories. */
    void moveCategory(ServiceOfferingId id, long version, CategoryId category, int step, UserId actor);

    /** Deactivated categories are not offered to new tickets; tickets that use them keep them. */
    void changeCategoryActive(ServiceOfferingId id, long version, CategoryId category, boolean active, UserId actor);

    /**
     * A new service. {@code code} is a lowercase slug ({@code aduan-konten}); empty English texts
     * fall back to the Indonesian ones.
     */
    record NewServiceOffering(String code, String name, String summary, String description, TicketKind kind,
                              UnitId ownerUnitId, List<NewCategory> categories, Audience audience, String nameEn, String summaryEn,
                              Set<Channel> channels) {

        /** A service in Indonesian only, accepted through the web. */
        public NewServiceOffering(String code, String name, String summary, String description, TicketKind kind,
                                  UnitId ownerUnitId, List<NewCategory> categories, Audience audience) {
            this(code, name, summary, description, kind, ownerUnitId, categories, audience, null, null, Set.of(Channel.WEB));
        }
    }

    record ServiceChanges(String name, String nameEn, String summary, String summaryEn, String description, TicketKind kind,
                          UnitId ownerUnitId, Audience audience, Set<Channel> channels, boolean active) {
    }

    record NewCategory(String code, String name) {
    }
}
