package id.simlayan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RandomCasesUnitTests {

    // the build sets both properties for the whole test JVM: put them back afterwards
    private final String cases = System.getProperty(RandomCases.CASES);
    private final String seed = System.getProperty(RandomCases.SEED);

    @BeforeEach
    void clear() {
        System.clearProperty(RandomCases.CASES);
        System.clearProperty(RandomCases.SEED);
    }

    @AfterEach
    void restore() {
        restore(RandomCases.CASES, cases);
        restore(RandomCases.SEED, seed);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aSmallDefaultAndALargeRunOnRequest() {
        assertThat(RandomCases.count()).isEqualTo(RandomCases.DEFAULT_CASES);
        System.setProperty(RandomCases.CASES, "20000");
        assertThat(RandomCases.count()).isEqualTo(20_000);
        System.setProperty(RandomCases.CASES, "0");
        assertThatThrownBy(RandomCases::count).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeedCanBeReplayed() {
        assertThat(RandomCases.seed(7)).isEqualTo(7);
        System.setProperty(RandomCases.SEED, "42");
        assertThat(RandomCases.seed(7)).isEqualTo(42);
    }
}
