package id.simlayan.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simlayan.calendar.ClockMode;
import id.simlayan.calendar.Target;
import id.simlayan.standard.internal.TimeLimitText.Duration;
import id.simlayan.standard.internal.TimeLimitText.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLimitTextUnitTests {

    @Test
    void readsTimesTwentyFourHoursOnce() {
        assertThat(TimeLimitText.durations("Paling lama 2×24 jam setelah laporan diverifikasi."))
                .containsExactly(new Duration(48 * 60, false));
        assertThat(TimeLimitText.durations("1x24 jam")).containsExactly(new Duration(24 * 60, false));
    }

    @Test
    void readsAmountInWordsInParentheses() {
        assertThat(TimeLimitText.durations("Diselesaikan dalam 5 (lima) hari kerja sejak surat diterima."))
                .containsExactly(new Duration(5, true));
    }

    @Test
    void readsOperationalDaysAsWorkingDays() {
        assertThat(TimeLimitText.durations("1. Penanganan Aduan maksimal 1 (satu) hari waktu operasional;\n2. Penanganan Permintaan maksimal 10 (sepuluh) hari waktu operasional"))
                .containsExactly(new Duration(1, true), new Duration(10, true));
    }

    @Test
    void readsWorkingDaysHoursMinutesAndDays() {
        assertThat(TimeLimitText.durations("Respons 30 menit, selesai 3 jam; akun 1 hari kerja; informasi 14 hari."))
                .containsExactly(new Duration(30, false), new Duration(180, false), new Duration(1, true), new Duration(14 * 24 * 60, false));
    }

    @Test
    void readsNothingWithoutNumberAndUnit() {
        assertThat(TimeLimitText.durations("Secepatnya, sesuai antrean.")).isEmpty();
        assertThat(TimeLimitText.durations(null)).isEmpty();
    }

    @Test
    void agreesWhenOneDurationIsAResolutionTarget() {
        assertThat(TimeLimitText.compare("5 (lima) hari kerja", List.of(Target.workingDays(5)))).isEqualTo(Verdict.AGREES);
        assertThat(TimeLimitText.compare("2×24 jam", List.of(Target.hours(48, ClockMode.CALENDAR)))).isEqualTo(Verdict.AGREES);
        assertThat(TimeLimitText.compare("1 jam atau 3 jam", List.of(Target.hours(1, ClockMode.BUSINESS), Target.workingDays(5))))
                .isEqualTo(Verdict.AGREES);
        assertThat(TimeLimitText.compare("60 menit", List.of(Target.hours(1, ClockMode.BUSINESS)))).isEqualTo(Verdict.AGREES);
    }

    @Test
    void disagreesWhenNoDurationIsAResolutionTarget() {
        assertThat(TimeLimitText.compare("14 hari", List.of(Target.workingDays(14)))).isEqualTo(Verdict.DISAGREES);
        assertThat(TimeLimitText.compare("1 hari kerja", List.of(Target.workingDays(5)))).isEqualTo(Verdict.DISAGREES);
        assertThat(TimeLimitText.compare("2×24 jam", List.of(Target.workingDays(2)))).isEqualTo(Verdict.DISAGREES);
        assertThat(Verdict.DISAGREES.warns()).isTrue();
    }

    @Test
    void warnsWhenTextNamesNoDurationAndStaysQuietWithoutPolicy() {
        assertThat(TimeLimitText.compare("Secepatnya.", List.of(Target.workingDays(5)))).isEqualTo(Verdict.NO_DURATION);
        assertThat(Verdict.NO_DURATION.warns()).isTrue();
        assertThat(TimeLimitText.compare("5 hari kerja", List.of())).isEqualTo(Verdict.NO_POLICY);
        assertThat(Verdict.NO_POLICY.warns()).isFalse();
        assertThat(Verdict.AGREES.warns()).isFalse();
    }
}
