package id.simlayan.storage.internal;

/**
 * How far an Office or OpenDocument file may unfold when its entries are inflated. The bytes
 * are counted while inflating, never taken from the sizes the archive claims.
 *
 * @param maxEntries entries in the archive (a real document has tens, a large one hundreds)
 * @param maxInflatedBytes inflated bytes of all entries together
 * @param maxRatio inflated bytes per byte of the file; applies above {@code ratioFloorBytes}
 *        (XML compresses about 10 to 20 times; a ZIP bomb a thousand times and more)
 * @param ratioFloorBytes inflated size below which the ratio is not checked (small files)
 */
record ArchiveLimits(int maxEntries, long maxInflatedBytes, int maxRatio, long ratioFloorBytes) {

    static final ArchiveLimits DEFAULT = new ArchiveLimits(5_000, 256L * 1024 * 1024, 100, 16L * 1024 * 1024);

    /** The inflated bytes a file of {@code fileSize} bytes may unfold to. */
    long budgetFor(long fileSize) {
        long byRatio = Math.max(ratioFloorBytes, fileSize * maxRatio);
        return Math.min(maxInflatedBytes, byRatio);
    }
}
