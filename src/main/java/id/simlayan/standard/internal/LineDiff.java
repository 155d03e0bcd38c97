package id.simlayan.standard.internal;

import java.util.ArrayList;
import java.util.List;

/** A line diff of two texts (longest common subsequence); enough for component texts of a few dozen lines. */
public final class LineDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    public record Line(Kind kind, String text) {
    }

    /** Past this size the table would be too large; the texts are then shown as removed and added whole. */
    private static final int MAX_LINES = 2_000;

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        List<Line> out = new ArrayList<>();
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            for (String s : a) out.add(new Line(Kind.REMOVED, s));
            for (String s : b) out.add(new Line(Kind.ADDED, s));
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                out.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) out.add(new Line(Kind.REMOVED, a[i++]));
        while (j < b.length) out.add(new Line(Kind.ADDED, b[j++]));
        return out;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
    }
}
