package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NipRuleUnitTests {

    @Test
    void acceptsTheBknExample() {
        assertThat(NipRule.problem("198609262015051001")).isEmpty();
    }

    @Test
    void acceptsAPppkNumberWhoseDigitsThirteenAndFourteenAreNoMonth() {
        assertThat(NipRule.problem("199003152022212003")).isEmpty();
    }

    @Test
    void acceptsAWoman() {
        assertThat(NipRule.problem("198609262015052001")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"198613262015051001", "198602302015051001", "198600102015051001", "190001012015051001"})
    void refusesAnImpossibleBirthDate(String nip) {
        assertThat(NipRule.problem(nip)).contains(NipRule.BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"198609261915051001", "198609269999051001", "198609261990051001"})
    void refusesAnImplausibleAppointmentYear(String nip) {
        assertThat(NipRule.problem(nip)).contains(NipRule.APPOINTMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"198609262015050001", "198609262015053001", "198609262015059001"})
    void refusesASexDigitOtherThanOneOrTwo(String nip) {
        assertThat(NipRule.problem(nip)).contains(NipRule.SEX);
    }

    @Test
    void refusesTheSequenceZero() {
        assertThat(NipRule.problem("198609262015051000")).contains(NipRule.SEQUENCE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"19860926201505100", "1986092620150510011", "19860926 201505 1 001", "19860926201505100A"})
    void refusesWrongLengthSpacesAndLetters(String nip) {
        assertThat(NipRule.problem(nip)).contains(NipRule.FORMAT);
    }
}
