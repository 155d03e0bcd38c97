package id.simlayan.bench;

import id.simlayan.calendar.BusinessCalendar;
import id.simlayan.calendar.CalendarExamples;
import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Due-time computation on the seed 001 calendar with the 2025–2027 holidays, from random starts
 * in those years. Not part of {@code verify}; run by hand (docs/performance.md):
 * {@code ./mvnw -B -ntp test -Dtest=BusinessCalendarBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BusinessCalendarBenchmark {

    private static final int STARTS = 4_096;

    private BusinessCalendar calendar;
    private Instant[] starts;
    private int next;
    private final Target thirtyMinutes = Target.minutes(30, ClockMode.BUSINESS);
    private final Target eightHours = Target.hours(8, ClockMode.BUSINESS);
    private final Target fiveWorkingDays = Target.workingDays(5);
    private final Target tenWorkingDays = Target.workingDays(10);
    private final Target twoTimesTwentyFourHours = Target.hours(48, ClockMode.CALENDAR);

    @Setup
    public void setUp() {
        calendar = CalendarExamples.seed001(CalendarExamples.WIB);
        var random = new Random(42);
        var first = Instant.parse("2025-01-01T00:00:00Z");
        starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = first.plusSeconds(60L * random.nextInt(3 * 365 * 24 * 60 - 60 * 24 * 60));
        }
    }

    private Instant start() {
        next = (next + 1) & (STARTS - 1);
        return starts[next];
    }

    @Benchmark
    public Instant dueThirtyBusinessMinutes() {
        return thirtyMinutes.dueFrom(calendar, start());
    }

    @Benchmark
    public Instant dueEightBusinessHours() {
        return eightHours.dueFrom(calendar, start());
    }

    @Benchmark
    public Instant dueFiveWorkingDays() {
        return fiveWorkingDays.dueFrom(calendar, start());
    }

    @Benchmark
    public Duration budgetTenWorkingDays() {
        return tenWorkingDays.budget(calendar, start());
    }

    @Benchmark
    public Instant dueTwoTimesTwentyFourHoursCalendar() {
        return twoTimesTwentyFourHours.dueFrom(calendar, start());
    }

    @Benchmark
    public Duration businessTimeOverAWeek() {
        var from = start();
        return calendar.businessTimeBetween(from, from.plus(Duration.ofDays(7)));
    }

    /** Entry point for Surefire ({@code -Dtest=BusinessCalendarBenchmark}); one thread, so figures are per core. */
    @Test
    void run() throws Exception {
        new Runner(new OptionsBuilder()
                .include(BusinessCalendarBenchmark.class.getName() + "\\.")
                .threads(1)
                .jvmArgsAppend("-Xmx512m")
                .build()).run();
    }
}
