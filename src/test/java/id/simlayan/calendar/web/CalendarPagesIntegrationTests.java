package id.simlayan.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.simlayan.IntegrationTest;
import id.simlayan.calendar.BusinessCalendars;
import id.simlayan.calendar.CalendarAdministration.NewCalendar;
import id.simlayan.calendar.CalendarId;
import id.simlayan.calendar.OpeningPeriod;
import id.simlayan.calendar.WeeklyHours;
import id.simlayan.calendar.internal.CalendarService;
import id.simlayan.calendar.internal.CalendarViews.ClosedDate;
import id.simlayan.calendar.internal.CalendarViews.NationalHoliday;
import id.simlayan.calendar.internal.HolidayKind;
import id.simlayan.identity.AccountProvisioning;
import id.simlayan.identity.Directory;
import id.simlayan.identity.IdentityFixtures;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

class CalendarPagesIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CalendarService service;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Directory directory;

    IdentityFixtures people;
    MockHttpSession admin;

    @BeforeEach
    void setUp() {
        people = new IdentityFixtures(provisioning, directory);
        admin = people.login(mvc, people.anAdmin());
    }

    @Test
    void everyCalendarPageRendersForAnAdmin() throws Exception {
        var id = aCalendar();
        var instance = service.instanceCalendarId();
        mvc.perform(get("/admin/kalender").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Jam Layanan Diskominfo"), containsString("Kalender instansi"), containsString("WIB"))));
        mvc.perform(get("/admin/kalender/{id}", instance).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("08:00-12:00, 13:00-15:45"), containsString("08:00-11:00"))));
        mvc.perform(get("/admin/kalender/{id}", id).session(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/kalender/libur-nasional").param("tahun", "2026").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hari Raya Idulfitri 1447 H")));
        mvc.perform(get("/admin/kalender/impor").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/kalender/unit").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/kalender/{id}/hitung", id).session(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin").session(admin)).andExpect(content().string(containsString("/admin/kalender")));
        mvc.perform(get("/admin/kalender/{id}", "bukan-uuid").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/kalender/{id}", UUID.randomUUID()).session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void requestersAndNonAdminStaffAreRefused() throws Exception {
        var requester = people.login(mvc, people.aRequester());
        mvc.perform(get("/admin/kalender").session(requester)).andExpect(status().isForbidden());
        var agent = people.login(mvc, people.anAgent());
        mvc.perform(get("/admin/kalender/{id}/hitung", service.instanceCalendarId()).session(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/kalender").param("name", "Tidak boleh").param("zone", "Asia/Jakarta").with(csrf()).session(agent))
                .andExpect(status().isForbidden());
    }

    @Test
    void createsACalendarWithTheInstanceHoursAndRefusesABlankNameOrUnknownZone() throws Exception {
        String name = "Kalender halaman " + UUID.randomUUID();
        var result = mvc.perform(post("/admin/kalender").param("name", name).param("zone", "OTHER").param("zoneOther", "Asia/Pontianak")
                        .with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/kalender/*"))
                .andReturn();
        var id = new CalendarId(UUID.fromString(result.getResponse().getRedirectedUrl().substring("/admin/kalender/".length())));
        var details = service.details(id).orElseThrow();
        assertThat(details.name()).isEqualTo(name);
        assertThat(details.zone()).isEqualTo(ZoneId.of("Asia/Pontianak"));
        assertThat(details.hours().on(DayOfWeek.FRIDAY)).containsExactly(OpeningPeriod.of("08:00", "11:00"));

        int before = service.summaries().size();
        mvc.perform(post("/admin/kalender").param("name", "  ").param("zone", "Asia/Jakarta").with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nama kalender wajib diisi.")));
        mvc.perform(post("/admin/kalender").param("name", "Zona aneh").param("zone", "OTHER").param("zoneOther", "Asia/Atlantis")
                        .with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Zona waktu tidak dikenal")));
        assertThat(service.summaries()).hasSize(before);
    }

    @Test
    void savesHoursZoneAndCutiBersamaSwitchFromTheEditForm() throws Exception {
        var id = aCalendar();
        long version = service.details(id).orElseThrow().version();
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("07:00-15:30", "07.00 - 14.00")).param("name", "Diubah " + id)
                        .param("zone", "Asia/Makassar").param("version", Long.toString(version)).with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        var details = service.details(id).orElseThrow();
        assertThat(details.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(details.cutiBersamaClosed()).isFalse();
        assertThat(details.hours().on(DayOfWeek.MONDAY)).containsExactly(OpeningPeriod.of("07:00", "15:30"));
        assertThat(details.hours().on(DayOfWeek.FRIDAY)).containsExactly(OpeningPeriod.of("07:00", "14:00"));
        assertThat(calendars.find(id).orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Makassar"));

        // the same (now stale) version again: 409, nothing changed
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("08:00-09:00", "")).param("name", "Basi").param("zone", "Asia/Jakarta")
                        .param("version", Long.toString(version)).with(csrf()).session(admin))
                .andExpect(status().isConflict());
        assertThat(service.details(id).orElseThrow().name()).isEqualTo("Diubah " + id);
    }

    @Test
    void badPeriodsAreShownNextToTheirDayAndNothingIsSaved() throws Exception {
        var id = aCalendar();
        var before = service.details(id).orElseThrow();
        String version = Long.toString(before.version());
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("08:00-12:00, 12:00-15:45", "08:00-11:00")).param("name", "X")
                        .param("zone", "Asia/Jakarta").param("version", version).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bertumpuk atau bersambung")));
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("12:00-08:00", "")).param("name", "X").param("zone", "Asia/Jakarta")
                        .param("version", version).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Jam selesai harus setelah jam mulai")));
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("pagi sampai sore", "")).param("name", "X").param("zone", "Asia/Jakarta")
                        .param("version", version).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tidak terbaca")));
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("", "")).param("name", "X").param("zone", "Asia/Jakarta")
                        .param("version", version).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("paling sedikit satu periode")));
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("08:00-12:00", "")).param("name", "").param("zone", "Asia/Jakarta")
                        .param("version", version).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nama kalender wajib diisi.")));
        mvc.perform(post("/admin/kalender/{id}", id).params(hours("08:00-12:00", "")).param("name", "X").param("zone", "OTHER")
                        .param("zoneOther", "Mars/Olympus").param("version", version).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Zona waktu tidak dikenal")));
        assertThat(service.details(id).orElseThrow()).isEqualTo(before);
    }

    /** Values that do not convert (letters for the version, a word for the switch) show the form again with a message; nothing changes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            version           | abc   | Formulir ini tidak lengkap
            version           |       | Kalender ini baru saja diubah orang lain
            cutiBersamaClosed | mungkin | Pilih ya atau tidak untuk cuti bersama
            """)
    void editFormAnswersUnreadableValuesWithTheFormAndSavesNothing(String field, String value, String message) throws Exception {
        var id = aCalendar();
        var before = service.details(id).orElseThrow();
        var params = hours("07:00-15:30", "07:00-14:00");
        params.set("name", "Tidak disimpan");
        params.set("zone", "Asia/Jakarta");
        params.set("version", Long.toString(before.version()));
        params.set(field, value == null ? "" : value);
        mvc.perform(post("/admin/kalender/{id}", id).params(params).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString(message), containsString("value=\"Tidak disimpan\""),
                        containsString("value=\"07:00-15:30\""))));
        assertThat(service.details(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    void unreadableDateOrKindOfANationalHolidayShowsTheFormAgain() throws Exception {
        int before = service.nationalHolidays(2099).size();
        mvc.perform(post("/admin/kalender/libur-nasional").param("date", "2099-02-30").param("kind", "CUTI_BERSAMA")
                        .param("name", "Tanggal salah").with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Isi tanggal yang sah"), containsString("value=\"Tanggal salah\""))));
        mvc.perform(post("/admin/kalender/libur-nasional").param("date", "2099-03-02").param("kind", "")
                        .param("name", "Tanpa jenis").with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih jenis: libur nasional atau cuti bersama.")));
        assertThat(service.nationalHolidays(2099)).hasSize(before);
    }

    @Test
    void addsOwnClosedDatesRemovesThemOnlyAfterConfirmationAndRefusesADuplicate() throws Exception {
        var id = aCalendar();
        var date = LocalDate.of(2088, 1, 5).plusDays(ThreadLocalRandom.current().nextInt(300));
        mvc.perform(post("/admin/kalender/{id}/tanggal", id).param("date", date.toString()).param("name", "Hari Jadi Kota")
                        .with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(service.details(id).orElseThrow().ownDates()).containsExactly(new ClosedDate(date, "Hari Jadi Kota"));
        assertThat(calendars.find(id).orElseThrow().closedDates()).contains(date);

        mvc.perform(post("/admin/kalender/{id}/tanggal", id).param("date", date.toString()).param("name", "Lagi").with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("sudah ada dalam daftar")));
        mvc.perform(post("/admin/kalender/{id}/tanggal", id).param("date", "31-12-2088").param("name", "Salah").with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Isi tanggal yang sah"), containsString("value=\"31-12-2088\""))));
        mvc.perform(post("/admin/kalender/{id}/tanggal", id).param("date", date.plusDays(1).toString()).param("name", " ").with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Keterangan tanggal wajib diisi.")));
        assertThat(service.details(id).orElseThrow().ownDates()).hasSize(1);

        // the first POST only asks; the date stays until the admin confirms
        mvc.perform(post("/admin/kalender/{id}/tanggal/hapus", id).param("date", date.toString()).with(csrf()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hapus tanggal ini?"), containsString("Hari Jadi Kota"),
                        containsString("name=\"confirmed\" value=\"true\""))));
        assertThat(service.details(id).orElseThrow().ownDates()).hasSize(1);
        mvc.perform(post("/admin/kalender/{id}/tanggal/hapus", id).param("date", date.toString()).param("confirmed", "true")
                        .with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(service.details(id).orElseThrow().ownDates()).isEmpty();
        assertThat(calendars.find(id).orElseThrow().closedDates()).doesNotContain(date);
    }

    @Test
    void nationalHolidaysAreAddedAndRemovedAfterConfirmationFromTheirPage() throws Exception {
        var date = LocalDate.of(2099, 1, 5).plusDays(ThreadLocalRandom.current().nextInt(300));
        try {
            mvc.perform(post("/admin/kalender/libur-nasional").param("date", date.toString()).param("kind", "CUTI_BERSAMA")
                            .param("name", "Cuti bersama uji").param("source", "uji").with(csrf()).session(admin))
                    .andExpect(status().is3xxRedirection());
            assertThat(service.nationalHolidays(2099)).contains(new NationalHoliday(date, HolidayKind.CUTI_BERSAMA, "Cuti bersama uji", "uji"));
            assertThat(calendars.instanceCalendar().closedDates()).contains(date);

            mvc.perform(post("/admin/kalender/libur-nasional").param("date", date.toString()).param("kind", "NATIONAL_HOLIDAY")
                            .param("name", "Dua kali").with(csrf()).session(admin))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("sudah ada dalam daftar")));
            mvc.perform(post("/admin/kalender/libur-nasional").param("date", date.plusDays(1).toString()).param("kind", "LIBUR")
                            .param("name", "Jenis salah").with(csrf()).session(admin))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Pilih jenis")));
            mvc.perform(post("/admin/kalender/libur-nasional/hapus").param("date", date.toString()).with(csrf()).session(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Hapus tanggal ini?"), containsString("Cuti bersama uji"),
                            containsString("daftar libur nasional"))));
            assertThat(service.nationalHolidays(2099)).anyMatch(h -> h.date().equals(date));
        } finally {
            mvc.perform(post("/admin/kalender/libur-nasional/hapus").param("date", date.toString()).param("confirmed", "true")
                            .with(csrf()).session(admin))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(service.nationalHolidays(2099)).noneMatch(h -> h.date().equals(date));
        assertThat(calendars.instanceCalendar().closedDates()).doesNotContain(date);
    }

    @Test
    void importsAnIcsFileIntoACalendarsOwnDatesOnceAndReportsTheCounts() throws Exception {
        var id = aCalendar();
        int year = 2080 + ThreadLocalRandom.current().nextInt(5);
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + year + "0101", "DTEND;VALUE=DATE:" + year + "0103", "SUMMARY:Tahun baru", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + year + "0601", "SUMMARY:Hari jadi\\, kota", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + year + "1301", "SUMMARY:Bulan salah", "END:VEVENT",
                "END:VCALENDAR", "");
        mvc.perform(multipart("/admin/kalender/impor").file(ics(ics)).param("target", id.toString()).param("kind", "AUTO").with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("report"));
        assertThat(service.details(id).orElseThrow().ownDates()).containsExactly(
                new ClosedDate(LocalDate.of(year, 1, 1), "Tahun baru"), new ClosedDate(LocalDate.of(year, 1, 2), "Tahun baru"),
                new ClosedDate(LocalDate.of(year, 6, 1), "Hari jadi, kota"));

        var again = mvc.perform(multipart("/admin/kalender/impor").file(ics(ics)).param("target", id.toString()).with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection()).andReturn();
        var report = (CalendarImportController.ImportReport) again.getFlashMap().get("report");
        assertThat(report.added()).isZero();
        assertThat(report.alreadyPresent()).isEqualTo(3);
        assertThat(report.refused()).extracting(CalendarImportController.RefusedLine::reason).containsExactly("badDate");
        mvc.perform(get("/admin/kalender/impor").flashAttr("report", report).session(admin))
                .andExpect(content().string(allOf(containsString("3 tanggal sudah ada"), containsString("Tanggal tidak terbaca"))));
    }

    @Test
    void importsNationalDatesWithTheKindSuggestedBySummary() throws Exception {
        int year = 2190 + ThreadLocalRandom.current().nextInt(9);
        String ics = String.join("\n", "BEGIN:VCALENDAR",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + year + "0817", "SUMMARY:Proklamasi", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + year + "0818", "SUMMARY:Cuti Bersama Proklamasi", "END:VEVENT",
                "END:VCALENDAR");
        try {
            mvc.perform(multipart("/admin/kalender/impor").file(ics(ics)).param("target", "national").param("kind", "AUTO")
                            .param("source", "uji impor").with(csrf()).session(admin))
                    .andExpect(status().is3xxRedirection());
            assertThat(service.nationalHolidays(year)).containsExactly(
                    new NationalHoliday(LocalDate.of(year, 8, 17), HolidayKind.NATIONAL_HOLIDAY, "Proklamasi", "uji impor"),
                    new NationalHoliday(LocalDate.of(year, 8, 18), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Proklamasi", "uji impor"));
        } finally {
            service.nationalHolidays(year).forEach(h -> service.removeNationalHoliday(h.date(), null));
        }
    }

    @Test
    void refusesBinaryEmptyAndNonCalendarFilesAndSavesNothing() throws Exception {
        var id = aCalendar();
        var binary = new MockMultipartFile("file", "libur.ics", "text/calendar", new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});
        mvc.perform(multipart("/admin/kalender/impor").file(binary).param("target", id.toString()).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bukan teks UTF-8")));
        mvc.perform(multipart("/admin/kalender/impor").file(ics("Tanggal,Nama\n2026-01-01,Tahun Baru\n")).param("target", id.toString())
                        .with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bukan iCalendar")));
        mvc.perform(multipart("/admin/kalender/impor").file(ics("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n"))
                        .param("target", id.toString()).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Tidak ada tanggal yang dapat diimpor"), containsString("DTSTART tidak ada"))));
        mvc.perform(multipart("/admin/kalender/impor").param("target", id.toString()).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih berkas .ics")));
        var big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'A');
        mvc.perform(multipart("/admin/kalender/impor").file(new MockMultipartFile("file", "besar.ics", "text/calendar", big))
                        .param("target", id.toString()).with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("terlalu besar")));
        mvc.perform(multipart("/admin/kalender/impor").file(ics("BEGIN:VCALENDAR\nEND:VCALENDAR")).param("target", UUID.randomUUID().toString())
                        .with(csrf()).session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kalender tidak ditemukan.")));
        assertThat(service.details(id).orElseThrow().ownDates()).isEmpty();
    }

    @Test
    void assignsAUnitToACalendarFromTheUnitsPage() throws Exception {
        var unit = people.aUnit();
        var id = aCalendar();
        mvc.perform(get("/admin/kalender/unit").session(admin)).andExpect(content().string(containsString(unit.value().toString())));
        mvc.perform(post("/admin/kalender/unit").param("unitId", unit.value().toString()).param("calendarId", id.toString())
                        .with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(calendars.idForUnit(unit)).isEqualTo(id);
        mvc.perform(post("/admin/kalender/unit").param("unitId", "x").param("calendarId", id.toString()).with(csrf()).session(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/kalender/unit").param("unitId", unit.value().toString()).param("calendarId", "").with(csrf()).session(admin))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/admin/kalender/{id}/hapus", id).with(csrf()).session(admin))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(service.details(id)).isPresent();
    }

    @Test
    void calculatorShowsDueTimeBusinessMinutesAndWhetherTheStartWasOpen() throws Exception {
        var instance = service.instanceCalendarId();
        mvc.perform(get("/admin/kalender/{id}/hitung", instance).param("startDate", "2026-11-27").param("startTime", "10:30")
                        .param("amount", "1").param("unit", "HOURS").param("clock", "BUSINESS").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2026-11-30T01:30:00Z"), containsString("Mulai di dalam jam buka"),
                        containsString("id=\"business-minutes\">60<"))));
        mvc.perform(get("/admin/kalender/{id}/hitung", instance).param("startDate", "2026-11-27").param("startTime", "11:00")
                        .param("notation", "PT30M").param("clock", "BUSINESS").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2026-11-30T01:30:00Z"), containsString("Mulai di luar jam buka"),
                        containsString("id=\"business-minutes\">30<"))));
        mvc.perform(get("/admin/kalender/{id}/hitung", instance).param("startDate", "27/11/2026").param("startTime", "jam 8")
                        .param("amount", "-1").param("unit", "HOURS").param("clock", "BUSINESS").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Isi tanggal dengan format yang benar"), containsString("Isi jam dengan format"),
                        containsString("Jumlah harus bilangan bulat"), not(containsString("business-minutes")))));
        mvc.perform(get("/admin/kalender/{id}/hitung", instance).param("startDate", "2026-11-27").param("startTime", "10:30")
                        .param("notation", "P99999D").param("clock", "HARIAN").session(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih jam kerja atau waktu kalender")));
    }

    private static org.springframework.util.MultiValueMap<String, String> hours(String mondayToThursday, String friday) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday")) {
            map.add(day, mondayToThursday);
        }
        map.add("friday", friday);
        map.add("saturday", "");
        map.add("sunday", "");
        return map;
    }

    private static MockMultipartFile ics(String text) {
        return new MockMultipartFile("file", "libur.ics", "text/calendar", text.getBytes(StandardCharsets.UTF_8));
    }

    private CalendarId aCalendar() {
        return service.create(new NewCalendar("Kalender halaman " + UUID.randomUUID(), ZoneId.of("Asia/Jakarta"),
                WeeklyHours.mondayToThursdayAndFriday(List.of(OpeningPeriod.of("08:00", "12:00")), List.of(OpeningPeriod.of("08:00", "11:00"))),
                true), null);
    }
}
