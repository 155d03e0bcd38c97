package id.simlayan.worklog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo runner is not a bean in tests (simlayan.demo.enabled is false); it is built here by hand. */
class EquipmentDemoDataIntegrationTests extends IntegrationTest {

    @Autowired
    EquipmentStore store;

    @Test
    void demoEquipmentListHasTheNetworkItemsWithTheirUnitsAndIsIdempotent() {
        var demo = new EquipmentDemoData(store);
        demo.run(new DefaultApplicationArguments());
        int items = store.all().size();
        demo.run(new DefaultApplicationArguments());

        assertThat(store.all()).hasSize(items);
        assertThat(store.named("kabel utp cat6")).get().extracting(EquipmentItem::unitOfMeasure).isEqualTo("meter");
        assertThat(store.named("Konektor RJ45")).get().extracting(EquipmentItem::unitOfMeasure).isEqualTo("buah");
        assertThat(store.named("Switch 24 port")).get().extracting(EquipmentItem::unitOfMeasure).isEqualTo("unit");
        assertThat(store.named("Fiber optic patch cord")).get().matches(EquipmentItem::active);
    }
}
