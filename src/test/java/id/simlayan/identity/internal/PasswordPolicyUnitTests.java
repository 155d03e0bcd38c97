package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyUnitTests {

    private static final String EMAIL = "siti.rahma@contoh.id";
    private static final String NAME = "Siti Rahmawati";

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.problem("Batik-Kota7pagi", "Batik-Kota7pagi", EMAIL, NAME)).isEmpty();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        assertThat(PasswordPolicy.problem("Bat1k-Ko7", "Bat1k-Ko7", EMAIL, NAME)).contains(PasswordPolicy.TOO_SHORT);
        assertThat(PasswordPolicy.problem(null, null, EMAIL, NAME)).contains(PasswordPolicy.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"batikkotapagi", "12345678901234", "!!!!!!!!!!!!"})
    void refusesPasswordsWithoutBothLettersAndDigits(String password) {
        assertThat(PasswordPolicy.problem(password, password, EMAIL, NAME)).contains(PasswordPolicy.LETTERS_AND_DIGITS);
    }

    @Test
    void refusesAPasswordContainingTheEmailLocalPart() {
        assertThat(PasswordPolicy.problem("xSiti.Rahma2026", "xSiti.Rahma2026", EMAIL, "Ani")).contains(PasswordPolicy.PERSONAL);
    }

    @Test
    void refusesAPasswordContainingAPartOfTheName() {
        assertThat(PasswordPolicy.problem("rahmawati2026!", "rahmawati2026!", "a@contoh.id", NAME)).contains(PasswordPolicy.PERSONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "Password2026!", "qwerty123456", "Indonesia1945", "bismillah123", "P@ssw0rd12"})
    void refusesCommonPasswords(String password) {
        assertThat(PasswordPolicy.problem(password, password, EMAIL, NAME)).contains(PasswordPolicy.COMMON);
    }

    @Test
    void refusesAConfirmationThatDiffers() {
        assertThat(PasswordPolicy.problem("Batik-Kota7pagi", "Batik-Kota7pag", EMAIL, NAME)).contains(PasswordPolicy.MISMATCH);
    }
}
