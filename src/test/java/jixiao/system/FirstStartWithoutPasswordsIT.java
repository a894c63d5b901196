package jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.integration.H2Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

/**
 * A first start with no password configured: the passwords are generated, never printed to standard output (not a
 * terminal here: it would end in a log), written once to a file only the owner can read, and none of them is a string
 * anyone could guess.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "jixiao.demo=true",
            "jixiao.admin-password=",
            "jixiao.security-password=",
            "jixiao.auditor-password=",
            "jixiao.demo-password="
        })
@ContextConfiguration(initializers = H2Database.class)
class FirstStartWithoutPasswordsIT {

    private static final Pattern LINE = Pattern.compile("(?m)^\\S+ ([^:\\n]+): (\\S+)$");
    private static final List<String> GUESSES =
            List.of("", "admin", "password", "123456", "admin123", "jixiao", "changeme", "tianbao", "demo");

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Value("${jixiao.data-folder}")
    String data;

    @Test
    void theGeneratedPasswordsGoToAPrivateFileNeverToTheLogAndNoGuessOpensAnAccount(CapturedOutput output)
            throws IOException {
        String file = Files.readString(Path.of(data, FirstPasswords.FILE));
        Map<String, String> passwords = new HashMap<>();
        Matcher line = LINE.matcher(file);
        while (line.find()) {
            for (String name : line.group(1).split(",\\s*")) {
                passwords.put(name.strip(), line.group(2));
            }
        }

        List<Account> all = accounts.accounts();
        assertThat(all)
                .extracting(Account::username)
                .containsExactlyInAnyOrder("admin", "security", "auditor", "tianbao", "danwei", "caizheng");
        assertThat(passwords.keySet())
                .containsExactlyInAnyOrder("admin", "security", "auditor", "tianbao", "danwei", "caizheng");
        for (Account account : all) {
            String password = passwords.get(account.username());
            assertThat(encoder.matches(password, account.passwordHash())).isTrue();
            assertThat(output.getAll()).doesNotContain(password);
            assertThat(accounts.passwordState(account.username()).orElseThrow().mustChange())
                    .as("%s must change its generated password", account.username())
                    .isTrue();
            for (String guess : GUESSES) {
                assertThat(encoder.matches(guess, account.passwordHash()))
                        .as("%s opens with \"%s\"", account.username(), guess)
                        .isFalse();
            }
        }
    }
}
