package id.simlayan.worklog.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo equipment list: network items Batik.Net's technicians use (seed 004), behind
 * {@code simlayan.demo.enabled}. Idempotent: an item is found by its name (whatever the case), so a
 * second run adds nothing and an admin's changes stay. Needs no other module's data (order 13).
 */
@Component
@Order(13)
@ConditionalOnProperty(name = "simlayan.demo.enabled", havingValue = "true")
class EquipmentDemoData implements ApplicationRunner {

    record Item(String name, String unitOfMeasure, String note) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("Kabel UTP Cat6", "meter", "Kabel jaringan dalam gedung"),
            new Item("Konektor RJ45", "buah", null),
            new Item("Patch cord UTP", "buah", "Panjang 1–3 m"),
            new Item("Fiber optic patch cord", "buah", "SC/LC, single mode"),
            new Item("Kabel fiber optic drop core", "meter", null),
            new Item("Switch 24 port", "unit", "Managed, gigabit"),
            new Item("Switch 8 port", "unit", "Unmanaged, gigabit"),
            new Item("Access point", "unit", "Wi-Fi dalam ruangan"),
            new Item("Media converter", "unit", "Fiber ke UTP"),
            new Item("SFP module", "buah", "1G, single mode"),
            new Item("Router", "unit", null),
            new Item("Kabel tray", "batang", null),
            new Item("Isolasi kabel", "roll", null));

    private static final Logger log = LoggerFactory.getLogger(EquipmentDemoData.class);

    private final EquipmentStore store;

    EquipmentDemoData(EquipmentStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Item item : ITEMS) {
            if (store.named(item.name()).isEmpty()) {
                store.insert(item.name(), item.unitOfMeasure(), item.note(), null);
                log.info("Demo data: equipment item {}", item.name());
            }
        }
    }
}
