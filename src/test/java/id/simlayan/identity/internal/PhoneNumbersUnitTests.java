package id.simlayan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersUnitTests {

    @ParameterizedTest
    @CsvSource({
            "081234567890, +6281234567890",
            "+6281234567890, +6281234567890",
            "6281234567890, +6281234567890",
            "0812-3456-7890, +6281234567890",
            "'0812 3456 7890', +6281234567890",
            "+62 812.3456.7890, +6281234567890",
            "0812345678, +62812345678",
            "0812345678901, +62812345678901"
    })
    void normalisesTheUsualWaysOfWritingAMobileNumber(String typed, String stored) {
        assertThat(PhoneNumbers.normalise(typed)).contains(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"081234567", "08123456789012", "0285421243", "+6521234567890", "0812345678a", "71234567890", "+62"})
    void refusesNumbersThatAreNoIndonesianMobileNumber(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEmpty();
    }
}
