package id.simlayan.standard.internal;

import java.util.List;

/**
 * The 14 components of UU 25/2009 Pasal 21 (a-n) in the law's order, with the split of
 * PermenPAN-RB 15/2014: 6 for service delivery (shown to the public) and 8 for internal
 * management (staff and the decree). Source: shared/domain-id.md §1.1 and §1.2. The labels
 * here are the defaults a new standard starts with; each version stores its own labels, since
 * local variants exist (e.g. "Penanganan Pengaduan, Saran, Masukan, dan Apresiasi").
 */
public final class StandardComponents {

    public enum Section { SERVICE_DELIVERY, INTERNAL_MANAGEMENT }

    public record Definition(int position, String key, String label, Section section) {
    }

    public static final String LEGAL_BASIS = "dasar-hukum";
    public static final String PROCEDURE = "prosedur";

    public static final List<Definition> DEFAULTS = List.of(
            new Definition(1, LEGAL_BASIS, "Dasar hukum", Section.INTERNAL_MANAGEMENT),
            new Definition(2, "persyaratan", "Persyaratan", Section.SERVICE_DELIVERY),
            new Definition(3, PROCEDURE, "Sistem, mekanisme, dan prosedur", Section.SERVICE_DELIVERY),
            new Definition(4, "jangka-waktu", "Jangka waktu penyelesaian", Section.SERVICE_DELIVERY),
            new Definition(5, "biaya", "Biaya/tarif", Section.SERVICE_DELIVERY),
            new Definition(6, "produk", "Produk pelayanan", Section.SERVICE_DELIVERY),
            new Definition(7, "sarana", "Sarana, prasarana, dan/atau fasilitas", Section.INTERNAL_MANAGEMENT),
            new Definition(8, "kompetensi", "Kompetensi pelaksana", Section.INTERNAL_MANAGEMENT),
            new Definition(9, "pengawasan", "Pengawasan internal", Section.INTERNAL_MANAGEMENT),
            new Definition(10, "pengaduan", "Penanganan pengaduan, saran, dan masukan", Section.SERVICE_DELIVERY),
            new Definition(11, "jumlah-pelaksana", "Jumlah pelaksana", Section.INTERNAL_MANAGEMENT),
            new Definition(12, "jaminan-pelayanan", "Jaminan pelayanan", Section.INTERNAL_MANAGEMENT),
            new Definition(13, "jaminan-keamanan", "Jaminan keamanan dan keselamatan pelayanan", Section.INTERNAL_MANAGEMENT),
            new Definition(14, "evaluasi", "Evaluasi kinerja pelaksana", Section.INTERNAL_MANAGEMENT));

    private StandardComponents() {
    }
}
