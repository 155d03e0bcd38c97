package id.simlayan.standard.internal;

import id.simlayan.calendar.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Does the office's "jangka waktu" text name the time limit the system enforces? A heuristic, so
 * it only warns the admin and never refuses a save.
 * <p>
 * It reads durations written the Indonesian way: "5 hari kerja", "5 (lima) hari kerja",
 * "10 (sepuluh) hari waktu operasional" (seed 002's working days),
 * "2×24 jam" / "2x24 jam", "3 jam", "30 menit", "14 hari". Working days stay working days; every
 * other duration becomes minutes of elapsed time ("2×24 jam" = "48 jam" = "2 hari"), since the text
 * does not say whether hours are business or calendar hours. The text agrees when one of its
 * durations equals one of the policies' resolution targets the same way; "14 hari" does not equal
 * 14 working days. English words and numbers written only in words ("lima hari") are not read.
 */
public final class TimeLimitText {

    /** A duration in a text: working days, or minutes of elapsed time. */
    public record Duration(long amount, boolean workingDays) {

        static Duration of(Target target) {
            return switch (target.unit()) {
                case WORKING_DAYS -> new Duration(target.amount(), true);
                case HOURS -> new Duration(target.amount() * 60, false);
                case MINUTES -> new Duration(target.amount(), false);
            };
        }
    }

    public enum Verdict {
        /** the service has no policy: nothing to compare */
        NO_POLICY,
        AGREES,
        /** the text names no duration */
        NO_DURATION,
        /** the text names durations, none equal to a policy's resolution target */
        DISAGREES;

        public boolean warns() {
            return this == NO_DURATION || this == DISAGREES;
        }
    }

    // "(lima)" after a number is the amount in words, as decrees write it
    private static final String NUMBER = "(\\d{1,4})\\s*(?:\\([^)]{0,40}\\)\\s*)?";
    private static final Pattern TIMES_24 = Pattern.compile("(\\d{1,3})\\s*[x×]\\s*24\\s*jam");
    private static final Pattern UNIT = Pattern.compile(NUMBER + "(hari\\s+kerja|hari\\s+(?:waktu\\s+)?operasional|hari|jam|menit)\\b");

    private TimeLimitText() {
    }

    /** The durations named in the text, in order. */
    public static List<Duration> durations(String text) {
        var found = new ArrayList<Duration>();
        if (text == null) {
            return found;
        }
        String rest = text.toLowerCase(Locale.ROOT);
        var times = TIMES_24.matcher(rest);
        while (times.find()) {
            found.add(new Duration(Long.parseLong(times.group(1)) * 24 * 60, false));
        }
        // so that "24 jam" of "2×24 jam" is not read a second time
        rest = times.replaceAll(" ");
        var unit = UNIT.matcher(rest);
        while (unit.find()) {
            long n = Long.parseLong(unit.group(1));
            String word = unit.group(2).replaceAll("\\s+", " ");
            found.add(switch (word) {
                case "hari kerja", "hari operasional", "hari waktu operasional" -> new Duration(n, true);
                case "hari" -> new Duration(n * 24 * 60, false);
                case "jam" -> new Duration(n * 60, false);
                default -> new Duration(n, false);
            });
        }
        return found;
    }

    /** Compares the text with the resolution targets of the service's policies. */
    public static Verdict compare(String text, Collection<Target> resolutionTargets) {
        if (resolutionTargets.isEmpty()) {
            return Verdict.NO_POLICY;
        }
        var named = durations(text);
        if (named.isEmpty()) {
            return Verdict.NO_DURATION;
        }
        var enforced = resolutionTargets.stream().map(Duration::of).toList();
        return named.stream().anyMatch(enforced::contains) ? Verdict.AGREES : Verdict.DISAGREES;
    }
}
