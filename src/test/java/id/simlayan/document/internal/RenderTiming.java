package id.simlayan.document.internal;

import id.simlayan.document.DocumentRequest;
import java.util.Locale;

/**
 * Measures one render of the sample annex, by hand (document README has the figure and the
 * command). Not a test: the figure depends on the machine.
 */
final class RenderTiming {

    public static void main(String[] args) {
        var renderer = StandaloneRenderer.create();
        var request = new DocumentRequest("document/sample-annex",
                StandaloneRenderer.annexModel(StandaloneRenderer.serviceDeliveryComponents()), Locale.forLanguageTag("id-ID"),
                "Lampiran Keputusan Nomor 487.22/581");
        long first = System.nanoTime();
        var document = renderer.render(request);
        long firstMillis = (System.nanoTime() - first) / 1_000_000;
        int runs = 20;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            renderer.render(request);
        }
        double averageMillis = (System.nanoTime() - start) / 1_000_000.0 / runs;
        System.out.printf(Locale.ROOT, "first render %d ms; then %.1f ms per render (average of %d); %d bytes, %d page(s)%n",
                firstMillis, averageMillis, runs, document.size(), document.pageCount());
    }
}
