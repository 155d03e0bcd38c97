package id.simlayan.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simlayan.catalog.ServiceOfferingId;
import id.simlayan.identity.UserId;
import id.simlayan.standard.StandardVersionId;
import id.simlayan.standard.internal.StandardComponents.Section;
import id.simlayan.standard.internal.StandardVersion.Component;
import id.simlayan.standard.internal.StandardVersion.Decree;
import id.simlayan.standard.internal.StandardVersion.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StandardVersionUnitTests {

    private final ServiceOfferingId service = new ServiceOfferingId(UUID.randomUUID());
    private final UserId admin = new UserId(UUID.randomUUID());
    private final Instant now = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void aFirstDraftHasTheFourteenComponentsInTheLawsOrderSixOfThemForThePublic() {
        var draft = StandardVersion.firstDraft(StandardVersionId.random(), service);
        assertThat(draft.number()).isEqualTo(1);
        assertThat(draft.status()).isEqualTo(Status.DRAFT);
        assertThat(draft.components()).extracting(Component::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(draft.serviceDelivery()).extracting(Component::key)
                .containsExactly("persyaratan", "prosedur", "jangka-waktu", "biaya", "produk", "pengaduan");
        assertThat(draft.components()).filteredOn(c -> c.section() == Section.INTERNAL_MANAGEMENT).hasSize(8);
    }

    @Test
    void draftIsPublishedThenSupersededByTheNextVersionWhichStartsAsACopy() {
        var v1 = StandardVersion.firstDraft(StandardVersionId.random(), service);
        v1.describe(new Decree("487.22/581", LocalDate.of(2024, 3, 22), "Kepala Dinas"), List.of("Perpres 95/2018", " ", "Pergub 40/2022"));
        v1.write("biaya", "Tidak ada biaya/tarif");
        v1.publish(LocalDate.of(2024, 3, 22), admin, now);

        assertThat(v1.status()).isEqualTo(Status.PUBLISHED);
        assertThat(v1.effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(v1.legalBases()).containsExactly("Perpres 95/2018", "Pergub 40/2022");

        var v2 = v1.nextDraft(StandardVersionId.random());
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(Status.DRAFT);
        assertThat(v2.components()).filteredOn(c -> c.key().equals("biaya")).extracting(Component::body).containsExactly("Tidak ada biaya/tarif");
        assertThat(v2.decree().number()).isNull();
        assertThat(v2.decree().signingOfficial()).isEqualTo("Kepala Dinas");

        v2.publish(LocalDate.of(2025, 1, 2), admin, now);
        v1.supersede();
        assertThat(v1.status()).isEqualTo(Status.SUPERSEDED);
    }

    @Test
    void aPublishedVersionRefusesEveryChange() {
        var v1 = StandardVersion.firstDraft(StandardVersionId.random(), service);
        v1.publish(LocalDate.of(2024, 3, 22), admin, now);

        assertThatThrownBy(() -> v1.write("biaya", "Rp 10.000")).isInstanceOf(StandardRuleViolation.class).hasMessage("standard.error.published");
        assertThatThrownBy(() -> v1.describe(Decree.NONE, List.of())).isInstanceOf(StandardRuleViolation.class);
        assertThatThrownBy(() -> v1.publish(LocalDate.of(2025, 1, 1), admin, now)).isInstanceOf(StandardRuleViolation.class);
        assertThat(v1.components()).filteredOn(c -> c.key().equals("biaya")).extracting(Component::body).containsExactly("");
    }

    @Test
    void onlyAPublishedVersionIsSupersededAndPublishingNeedsADate() {
        var draft = StandardVersion.firstDraft(StandardVersionId.random(), service);
        assertThatThrownBy(draft::supersede).isInstanceOf(StandardRuleViolation.class).hasMessage("standard.error.notPublished");
        assertThatThrownBy(() -> draft.publish(null, admin, now)).hasMessage("standard.error.effectiveDateRequired");
        assertThatThrownBy(() -> draft.write("tidak-ada", "x")).hasMessage("standard.error.unknownComponent");
        assertThatThrownBy(() -> draft.nextDraft(StandardVersionId.random())).hasMessage("standard.error.copyOfDraft");
    }
}
