package jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.integration.H2Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

/**
 * A first start with neither JIXIAO_ADMIN_PASSWORD nor JIXIAO_DEMO_PASSWORD: the passwords are generated, printed
 * once, and none of them is a string anyone could guess.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"jixiao.demo=true", "jixiao.admin-password=", "jixiao.demo-password="})
@ContextConfiguration(initializers = H2Database.class)
class FirstStartWithoutPasswordsIT {

    private static final Pattern PRINTED = Pattern.compile("（只显示这一次）: (\\S+)");
    private static final List<String> GUESSES =
            List.of("", "admin", "password", "123456", "admin123", "jixiao", "changeme", "tianbao", "demo");

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theGeneratedPasswordsArePrintedOnceAndNoGuessOpensAnAccount(CapturedOutput output) {
        Matcher printed = PRINTED.matcher(output.getOut());
        assertThat(printed.find()).as(output.getOut()).isTrue();
        String admin = printed.group(1);
        assertThat(printed.find()).isTrue();
        String demo = printed.group(1);
        assertThat(admin).isNotEqualTo(demo);

        List<Account> all = accounts.accounts();
        assertThat(all)
                .extracting(Account::username)
                .containsExactlyInAnyOrder("admin", "tianbao", "danwei", "caizheng");
        for (Account account : all) {
            String password = account.username().equals("admin") ? admin : demo;
            assertThat(encoder.matches(password, account.passwordHash())).isTrue();
            for (String guess : GUESSES) {
                assertThat(encoder.matches(guess, account.passwordHash()))
                        .as("%s opens with \"%s\"", account.username(), guess)
                        .isFalse();
            }
        }
    }
}
