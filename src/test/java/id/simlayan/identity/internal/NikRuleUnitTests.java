package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikRuleUnitTests {

    @Test
    void acceptsAManBornOnTheSeventeenthOfAugust() {
        assertThat(NikRule.problem("3375011708900001")).isEmpty();
    }

    @Test
    void acceptsAWomanWhoseDayIsIncreasedByForty() {
        assertThat(NikRule.problem("3375015708900123")).isEmpty();
        assertThat(NikRule.problem("3375017112900001")).as("31 December, woman").isEmpty();
        assertThat(NikRule.problem("3375014102900001")).as("1 February, woman").isEmpty();
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryBecauseTheCenturyIsUnknown() {
        assertThat(NikRule.problem("3375012902000001")).isEmpty();
        assertThat(NikRule.problem("3375016902000001")).isEmpty();
    }

    @Test
    void doesNotFailOnAnUnknownProvinceCode() {
        assertThat(NikRule.problem("9975011708900001")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3375010013900001", "3375011700900001", "3375011713900001", "3375011799900001"})
    void refusesAMonthOutsideOneToTwelve(String nik) {
        assertThat(NikRule.problem(nik)).contains(NikRule.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3375010008900001", "3375013208900001", "3375014008900001", "3375017208900001", "3375019908900001",
            "3375013102900001", "3375017102900001", "3375013104900001", "3375017104900001", "3375013002900001"})
    void refusesADayThatDoesNotExistInTheMonth(String nik) {
        assertThat(NikRule.problem(nik)).contains(NikRule.DATE);
    }

    @Test
    void refusesTheSequenceZero() {
        assertThat(NikRule.problem("3375011708900000")).contains(NikRule.SEQUENCE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"337501170890001", "33750117089000011", "33750117089O0001", "3375 011708900001", "abcdefghijklmnop",
            "３３７５０１１７０８９０００１"})
    void refusesWrongLengthLettersAndSpaces(String nik) {
        assertThat(NikRule.problem(nik)).contains(NikRule.FORMAT);
    }
}
