package jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The password policy (issue 13: any 10 characters passed, "aaaaaaaaaa", "1234567890", ten spaces): the default
 * refuses each with the reasons, and a password may expire.
 */
class PasswordPolicyTest {

    private static final PasswordPolicy DEFAULT = new PasswordPolicy(10, 3, 0);
    private static final Set<String> COMMON = CommonPasswords.load();

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "aaaaaaaaaa        | account.password.classes",
                "1234567890        | account.password.classes",
                "'          '      | account.password.classes",
                "Short-1           | account.password.short",
                "tianbao-Secret-9  | account.password.containsName",
                "P@ssw0rd123       | account.password.common",
                "Admin@123456      | account.password.common"
            })
    void weakPasswordsAreRefusedWithTheReason(String password, String reason) {
        List<AccountException> problems = DEFAULT.problems("tianbao", password, COMMON);

        assertThat(problems).extracting(AccountException::code).contains(reason);
    }

    @Test
    void aPasswordOfThreeClassesAndTenCharactersWithoutTheNamePasses() {
        assertThat(DEFAULT.problems("tianbao", "Neues-Kennwort-7", COMMON)).isEmpty();
    }

    @Test
    void theShippedListHoldsCommonPasswordsInLowerCase() {
        assertThat(COMMON).hasSizeGreaterThan(1000).contains("p@ssw0rd123", "1qaz@wsx3edc", "woaini1314");
        assertThat(COMMON).allSatisfy(word -> assertThat(word).isLowerCase());
    }

    @Test
    void aPasswordExpiresAfterTheDaysOfThePolicyOnlyWhereThePolicySaysSo() {
        LocalDateTime changed = LocalDateTime.of(2026, 1, 1, 9, 0);

        assertThat(new PasswordPolicy(10, 3, 90).expired(changed, changed.plusDays(91)))
                .isTrue();
        assertThat(new PasswordPolicy(10, 3, 90).expired(changed, changed.plusDays(89)))
                .isFalse();
        assertThat(DEFAULT.expired(changed, changed.plusYears(10))).isFalse();
        assertThat(new PasswordPolicy(10, 3, 90).expired(null, changed)).isFalse();
    }

    @Test
    void aPolicyBelowWhatTheStandardAsksIsRefused() {
        assertThatThrownBy(() -> new PasswordPolicy(6, 3, 0))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).code())
                .isEqualTo("account.policy.length");
    }
}
