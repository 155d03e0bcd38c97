package id.simlayan.storage.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Finds cells that a spreadsheet would run as a formula when staff open a CSV attachment
 * ("CSV injection", e.g. {@code =HYPERLINK(...)} or DDE {@code =cmd|'/C calc'!A0}). SIMLAYAN
 * refuses such files instead of rewriting them: the kept bytes stay exactly what the person
 * sent (the checksum is evidence), and the message tells them how to mark a cell as text.
 *
 * <p>A cell is a formula when, after leading blanks (spaces, tabs, CR), it starts with
 * {@code =} or {@code @}, or with {@code +} or {@code -} followed by anything but a number
 * (so {@code -5}, {@code +62 812-3456-7890} and {@code -} stay allowed). Commas, semicolons
 * (the list separator of Indonesian Excel) and tabs all separate cells; quoted cells are
 * unquoted first.
 */
final class CsvFormulas {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[+\\-][0-9 .,()/:%+\\-]*");

    private CsvFormulas() {
    }

    /** The line (from 1) where the first formula cell starts, or 0 when there is none. */
    static int firstFormulaLine(byte[] bytes) {
        String text = decode(bytes);
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        int line = 1;
        int cellLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            if (c == ',' || c == ';' || c == '\t' || c == '\n') {
                if (isFormula(cell)) {
                    return cellLine;
                }
                cell.setLength(0);
                cellStart = true;
                if (c == '\n') {
                    line++;
                }
                cellLine = line;
                continue;
            }
            if (c == '"' && cellStart && cell.toString().isBlank()) {
                quoted = true;
                cellStart = false;
                continue;
            }
            cell.append(c);
            if (!Character.isWhitespace(c)) {
                cellStart = false;
            }
        }
        return isFormula(cell) ? cellLine : 0;
    }

    private static boolean isFormula(CharSequence cell) {
        String value = cell.toString().stripLeading();
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '@' || first == '\uFF1D' || first == '\uFF20') {
            return true;
        }
        return (first == '+' || first == '-') && !NUMBER_LIKE.matcher(value.strip()).matches();
    }

    /** UTF-16 when it has a byte order mark, else byte by byte (the characters that matter are ASCII). */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset bytewise = StandardCharsets.ISO_8859_1;
        return new String(bytes, bytewise);
    }
}
