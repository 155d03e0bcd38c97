package id.simlayan.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.InflaterInputStream;

/**
 * Finds active content in a PDF by its name tokens, without a PDF library: scripts, actions
 * that run on opening or on other events, launching programs, embedded files, XFA and rich
 * media. Names are compared after decoding {@code #xx} escapes ({@code /J#61vaScript} is
 * {@code /JavaScript}). Object streams (PDF 1.5+, where dictionaries hide compressed) are
 * inflated and scanned too; one that cannot be read (encrypted, an unusual filter) makes the
 * file uninspectable, so it is refused rather than trusted. Other stream data (page content,
 * images, fonts) is searched only for the longer names: two-letter names like {@code /JS}
 * turn up in a few megabytes of compressed bytes by chance, while an action hidden there (after
 * a fake {@code stream} keyword inside a string) still needs {@code /S /JavaScript} or
 * {@code /Launch} to run.
 */
final class PdfActiveContent {

    enum Finding { CLEAN, ACTIVE, UNREADABLE }

    /**
     * Names that mean a script, an automatic or event action, a program or another file.
     * {@code /OpenAction} is allowed only as a destination (an array or a reference); {@code /URI}
     * links stay allowed.
     */
    private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "AA", "Launch", "EmbeddedFile", "EmbeddedFiles",
            "RichMedia", "XFA", "SubmitForm", "ImportData", "GoToE", "GoToR");

    /** Short enough to occur by chance in binary stream data. */
    private static final Set<String> SHORT = Set.of("JS", "AA");

    private static final Set<String> INFLATE_ONLY = Set.of("FlateDecode", "Fl");

    /** Inflated object streams together may not exceed this (a compressed bomb would otherwise fill memory). */
    private static final int MAX_INFLATED = 64 * 1024 * 1024;

    private PdfActiveContent() {
    }

    static Finding scan(byte[] pdf) {
        var budget = new int[] {MAX_INFLATED};
        return scan(pdf, true, budget);
    }

    private static Finding scan(byte[] b, boolean topLevel, int[] budget) {
        Set<String> namesSinceObject = new HashSet<>();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == '/') {
                int end = nameEnd(b, i + 1, b.length);
                String name = decodeName(b, i + 1, end);
                if (isActive(name, b, end)) {
                    return Finding.ACTIVE;
                }
                namesSinceObject.add(name);
                i = end;
                continue;
            }
            if (topLevel && keywordAt(b, i, "obj")) {
                namesSinceObject.clear();
            } else if (topLevel && keywordAt(b, i, "stream")) {
                int data = i + "stream".length();
                if (data < b.length && b[data] == '\r') {
                    data++;
                }
                if (data < b.length && b[data] == '\n') {
                    data++;
                }
                int endstream = indexOf(b, "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII), data);
                int dataEnd = endstream < 0 ? b.length : endstream;
                if (containsLongActiveName(b, data, dataEnd)) {
                    return Finding.ACTIVE;
                }
                if (namesSinceObject.contains("ObjStm")) {
                    Finding inner = scanObjectStream(b, data, dataEnd, namesSinceObject, budget);
                    if (inner != Finding.CLEAN) {
                        return inner;
                    }
                }
                namesSinceObject.clear();
                i = endstream < 0 ? b.length : endstream + "endstream".length();
                continue;
            }
            i++;
        }
        return Finding.CLEAN;
    }

    private static boolean isActive(String name, byte[] b, int afterName) {
        return ACTIVE.contains(name) || ("OpenAction".equals(name) && !isDestination(b, afterName));
    }

    private static boolean containsLongActiveName(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '/') {
                int end = nameEnd(b, i + 1, to);
                String name = decodeName(b, i + 1, end);
                if (!SHORT.contains(name) && isActive(name, b, end)) {
                    return true;
                }
                i = end - 1;
            }
        }
        return false;
    }

    private static int nameEnd(byte[] b, int from, int to) {
        int end = from;
        while (end < to && !isDelimiterOrSpace(b[end] & 0xff)) {
            end++;
        }
        return end;
    }

    private static Finding scanObjectStream(byte[] b, int from, int to, Set<String> dictionaryNames, int[] budget) {
        boolean flate = dictionaryNames.stream().anyMatch(INFLATE_ONLY::contains);
        boolean otherFilter = dictionaryNames.stream().anyMatch(PdfActiveContent::isOtherFilter);
        if (otherFilter) {
            return Finding.UNREADABLE;
        }
        byte[] content;
        if (flate) {
            try {
                content = inflate(b, from, to, budget);
            } catch (IOException e) {
                return Finding.UNREADABLE;
            }
            if (content == null) {
                return Finding.UNREADABLE;
            }
        } else {
            content = java.util.Arrays.copyOfRange(b, from, to);
        }
        return scan(content, false, budget);
    }

    private static boolean isOtherFilter(String name) {
        return switch (name) {
            case "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85", "LZWDecode", "LZW", "RunLengthDecode", "RL",
                 "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "Crypt" -> true;
            default -> false;
        };
    }

    /** The inflated bytes, or {@code null} when they exceed what is left of the budget. */
    private static byte[] inflate(byte[] b, int from, int to, int[] budget) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new InflaterInputStream(new ByteArrayInputStream(b, from, to - from))) {
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                budget[0] -= read;
                if (budget[0] < 0) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
        } catch (java.io.EOFException e) {
            // a stream cut short still yields what was inflated before the cut
        }
        if (out.size() == 0) {
            throw new IOException("object stream inflates to nothing");
        }
        return out.toByteArray();
    }

    /** After {@code /OpenAction}: an explicit destination array or an indirect reference. */
    private static boolean isDestination(byte[] b, int i) {
        while (i < b.length && isSpace(b[i] & 0xff)) {
            i++;
        }
        return i < b.length && (b[i] == '[' || (b[i] >= '0' && b[i] <= '9'));
    }

    private static String decodeName(byte[] b, int from, int to) {
        var name = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == '#' && i + 2 < to && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
                name.append((char) (hex(b[i + 1]) << 4 | hex(b[i + 2])));
                i += 2;
            } else {
                name.append((char) c);
            }
        }
        return name.toString();
    }

    private static int hex(byte c) {
        return Character.digit((char) (c & 0xff), 16);
    }

    private static boolean keywordAt(byte[] b, int i, String keyword) {
        int n = keyword.length();
        if (i + n > b.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != keyword.charAt(k)) {
                return false;
            }
        }
        boolean before = i == 0 || isDelimiterOrSpace(b[i - 1] & 0xff);
        boolean after = i + n == b.length || isDelimiterOrSpace(b[i + n] & 0xff);
        return before && after;
    }

    private static int indexOf(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = from; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean isSpace(int c) {
        return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    private static boolean isDelimiterOrSpace(int c) {
        return isSpace(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']'
                || c == '{' || c == '}' || c == '/' || c == '%';
    }
}
