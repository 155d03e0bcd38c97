package id.simlayan.storage.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Walks the block structure of PNG, GIF, JPEG and WebP files to their end marker. Bytes after
 * the end (IEND chunk, GIF trailer, JPEG EOI, the RIFF length) are what makes a polyglot: a
 * file that is a valid image and also HTML, script, an archive or a Windows program.
 */
final class ImageStructure {

    /** A damaged image: its blocks do not lead to an end marker. */
    static final long BROKEN = -1;

    /** Markup and program text that has no business inside an image's metadata. */
    private static final List<byte[]> ACTIVE_TEXT = List.of(
            ascii("<script"), ascii("<html"), ascii("<body"), ascii("<iframe"), ascii("<object"), ascii("<embed"),
            ascii("<?php"), ascii("javascript:"), ascii("this program cannot be run in dos mode"));

    private ImageStructure() {
    }

    /** Offset just past the image's end marker, or {@link #BROKEN}. */
    static long end(AllowedType type, byte[] bytes) {
        return switch (type) {
            case PNG -> pngEnd(bytes);
            case GIF -> gifEnd(bytes);
            case JPEG -> jpegEnd(bytes);
            case WEBP -> webpEnd(bytes);
            default -> throw new IllegalArgumentException("not an image: " + type);
        };
    }

    /**
     * Data after the end marker that shows the file was built to be something else as well: a
     * Windows program or a ZIP/JAR right after the image, or markup anywhere after it. Other
     * trailing data (a motion-photo video, a second picture, vendor data) is merely cut off.
     */
    static boolean hasHostileTrailer(byte[] bytes, long end) {
        int from = (int) end;
        int rest = bytes.length - from;
        boolean program = rest >= 2 && bytes[from] == 'M' && bytes[from + 1] == 'Z';
        boolean archive = rest >= 4 && bytes[from] == 'P' && bytes[from + 1] == 'K' && bytes[from + 2] == 3 && bytes[from + 3] == 4;
        return program || archive || containsActiveText(bytes, from, bytes.length);
    }

    /** HTML, PHP or an executable's DOS stub inside the image (a comment, a text chunk, XMP). */
    static boolean containsActiveText(byte[] bytes, int from, int to) {
        byte[] lower = new byte[to - from];
        for (int i = 0; i < lower.length; i++) {
            byte b = bytes[from + i];
            lower[i] = b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
        }
        return ACTIVE_TEXT.stream().anyMatch(token -> ContentInspector.contains(lower, token));
    }

    private static long pngEnd(byte[] b) {
        long p = 8;
        while (p + 12 <= b.length) {
            long length = u32be(b, (int) p);
            long next = p + 12 + length;
            if (next > b.length) {
                return BROKEN;
            }
            if (b[(int) p + 4] == 'I' && b[(int) p + 5] == 'E' && b[(int) p + 6] == 'N' && b[(int) p + 7] == 'D') {
                return next;
            }
            p = next;
        }
        return BROKEN;
    }

    private static long gifEnd(byte[] b) {
        if (b.length < 13) {
            return BROKEN;
        }
        int p = 13 + colourTableSize(b[10]);
        while (p >= 0 && p < b.length) {
            int block = b[p++] & 0xff;
            switch (block) {
                case 0x3B -> {
                    return p;
                }
                case 0x21 -> p = skipSubBlocks(b, p + 1); // extension: label, then data sub-blocks
                case 0x2C -> {
                    // image descriptor (9 bytes), optional local colour table, LZW code size, data
                    if (p + 9 > b.length) {
                        return BROKEN;
                    }
                    p += 9 + colourTableSize(b[p + 8]) + 1;
                    p = skipSubBlocks(b, p);
                }
                default -> {
                    return BROKEN;
                }
            }
        }
        return BROKEN;
    }

    private static int colourTableSize(byte flags) {
        return (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 7) + 1));
    }

    private static int skipSubBlocks(byte[] b, int p) {
        while (p < b.length) {
            int size = b[p++] & 0xff;
            if (size == 0) {
                return p;
            }
            p += size;
        }
        return -1;
    }

    private static long jpegEnd(byte[] b) {
        if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
            return BROKEN;
        }
        int p = 2;
        while (p < b.length) {
            if ((b[p] & 0xff) != 0xFF) {
                return BROKEN;
            }
            while (p < b.length && (b[p] & 0xff) == 0xFF) {
                p++; // fill bytes
            }
            if (p >= b.length) {
                return BROKEN;
            }
            int marker = b[p++] & 0xff;
            if (marker == 0xD9) {
                return p;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a length
            }
            if (p + 2 > b.length) {
                return BROKEN;
            }
            int length = ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
            if (length < 2) {
                return BROKEN;
            }
            p += length;
            if (p > b.length) {
                return BROKEN;
            }
            if (marker == 0xDA) {
                p = afterEntropyCodedData(b, p);
                if (p < 0) {
                    return BROKEN;
                }
            }
        }
        return BROKEN;
    }

    /** Scan data runs until a marker: 0xFF followed by anything but a stuffed 0x00, a restart marker or fill. */
    private static int afterEntropyCodedData(byte[] b, int p) {
        while (p + 1 < b.length) {
            if ((b[p] & 0xff) == 0xFF) {
                int next = b[p + 1] & 0xff;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    p += 2;
                    continue;
                }
                if (next != 0xFF) {
                    return p;
                }
            }
            p++;
        }
        return -1;
    }

    private static long webpEnd(byte[] b) {
        if (b.length < 12) {
            return BROKEN;
        }
        long size = (b[4] & 0xffL) | (b[5] & 0xffL) << 8 | (b[6] & 0xffL) << 16 | (b[7] & 0xffL) << 24;
        long end = 8 + size + (size & 1);
        return end > b.length + (size & 1) ? BROKEN : Math.min(end, b.length);
    }

    private static long u32be(byte[] b, int p) {
        return (b[p] & 0xffL) << 24 | (b[p + 1] & 0xffL) << 16 | (b[p + 2] & 0xffL) << 8 | (b[p + 3] & 0xffL);
    }

    private static byte[] ascii(String text) {
        return text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    }
}
