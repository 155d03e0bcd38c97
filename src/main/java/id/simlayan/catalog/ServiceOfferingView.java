package id.simlayan.catalog;

import id.simlayan.identity.UnitId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A service as other modules and pages see it; {@code audience} says who may request it.
 * {@code categories} are the active ones, in their order, which new tickets may choose;
 * {@code allCategories} adds the deactivated ones, which older tickets keep. {@code version}
 * lets an edit form notice that someone else saved the service in the meantime.
 */
public record ServiceOfferingView(ServiceOfferingId id, String code, String name, String summary, String description,
                                  TicketKind kind, UnitId ownerUnitId, boolean evidenceRequired, List<CategoryView> categories,
                                  Audience audience, String nameEn, String summaryEn, Set<Channel> channels, boolean active,
                                  List<CategoryView> allCategories, long version) {

    public ServiceOfferingView {
        allCategories = List.copyOf(allCategories);
        categories = allCategories.stream().filter(CategoryView::active).toList();
        channels = Set.copyOf(channels);
    }

    /** An active category of this service (the ones a new ticket may choose). */
    public Optional<CategoryView> category(CategoryId id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Any category of this service, deactivated ones too (to name the category of an older ticket). */
    public Optional<CategoryView> anyCategory(CategoryId id) {
        return allCategories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The name in {@code locale}: English when asked for and written, Indonesian otherwise. */
    public String name(Locale locale) {
        return english(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    public String summary(Locale locale) {
        return english(locale) && summaryEn != null && !summaryEn.isBlank() ? summaryEn : summary;
    }

    /** The channels in the order of {@link Channel}. */
    public List<Channel> channelList() {
        return java.util.Arrays.stream(Channel.values()).filter(channels::contains).toList();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public record CategoryView(CategoryId id, String code, String name, boolean active) {
    }
}
