package id.simlayan.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessCodeUnitTests {

    private static final AccessCode CODE = new AccessCode("ABCDEFGHJKMNPQRS");

    @Test
    void aRandomCodeHasSixteenCrockfordSymbolsAndIsShownInFourGroups() {
        var random = new SecureRandom();
        var seen = new HashSet<String>();
        for (int i = 0; i < 2000; i++) {
            var code = AccessCode.random(random);
            assertThat(code.value()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
            assertThat(code.grouped()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            seen.add(code.value());
        }
        assertThat(seen).as("2000 codes of 80 bits do not repeat").hasSize(2000);
    }

    @Test
    void everySymbolOfTheAlphabetTurnsUp() {
        // 16 symbols x 5 bits = 80 bits only if each position takes all 32 values
        // 8000 draws: the chance that one of 32 symbols never turns up is about 32 * (31/32)^8000, i.e. nil
        var random = new SecureRandom();
        var symbols = new HashSet<Character>();
        for (int i = 0; i < 500; i++) {
            AccessCode.random(random).value().chars().forEach(c -> symbols.add((char) c));
        }
        assertThat(symbols).hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD-EFGH-JKMN-PQRS", "abcd-efgh-jkmn-pqrs", "ABCDEFGHJKMNPQRS", "abcd efgh jkmn pqrs", " AbCd-EfGh JkMn-PqRs "})
    void readsWhatPeopleTypeWhateverTheCaseDashesAndSpaces(String typed) {
        assertThat(AccessCode.parse(typed)).contains(CODE);
    }

    @Test
    void readsOAsZeroAndIOrLAsOne() {
        assertThat(AccessCode.parse("O0I1-L1oi-0000-1111")).contains(new AccessCode("0011110100001111"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCD-EFGH-JKMN-PQR", "ABCD-EFGH-JKMN-PQRST", "ABCD-EFGH-JKMN-PQRU", "ABCD_EFGH_JKMN_PQRS", "ABCD-EFGH-JKMN-PQR!"})
    void refusesWhatCannotBeACode(String typed) {
        assertThat(AccessCode.parse(typed)).isEmpty();
    }

    @Test
    void refusesNothingTypedAndOverlongInput() {
        assertThat(AccessCode.parse(null)).isEmpty();
        assertThat(AccessCode.parse("A".repeat(65))).isEmpty();
        assertThatThrownBy(() -> new AccessCode("ABCDEFGHJKMNPQRU")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesOnlyItsOwnSha256() {
        // sha256sum of the 16 symbols, computed outside Java
        assertThat(CODE.sha256Hex()).isEqualTo("f598056127fcd4387651a49b3a4235d8ce50d71f4091068df51511cfc10f388f");
        assertThat(CODE.matches(CODE.sha256Hex())).isTrue();
        assertThat(CODE.matches(CODE.sha256Hex().toUpperCase())).isTrue();
        assertThat(CODE.matches(new AccessCode("ABCDEFGHJKMNPQRT").sha256Hex())).isFalse();
        assertThat(CODE.matches(null)).as("a ticket without a code").isFalse();
        assertThat(CODE.matches("")).isFalse();
    }

    @Test
    void neverPrintsTheCode() {
        assertThat(CODE.toString()).doesNotContain("ABCD").doesNotContain(CODE.value());
    }
}
