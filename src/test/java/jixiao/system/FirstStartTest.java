package jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jixiao.account.Accounts;
import jixiao.account.PasswordPolicies;
import jixiao.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The three administrators of 等保2.0 三级 at first start, with the passwords of the settings or generated ones: a
 * generated password is random, must be changed at the first sign-in, and never reaches standard output (a log under
 * systemd); without a terminal it is written to a file only the owner can read.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    @TempDir
    Path data;

    @Test
    void withoutConfiguredPasswordsEachAdministratorGetsADifferentGeneratedOneThatMustBeChanged(CapturedOutput output)
            throws Exception {
        List<String> passwords = new ArrayList<>();
        EmptyAccounts accounts = new EmptyAccounts();

        firstStart(accounts, new RecordingEncoder(passwords), "", "", "").run(new DefaultApplicationArguments());

        assertThat(accounts.created)
                .containsExactly(
                        "admin:ADMINISTRATOR:change",
                        "security:SECURITY_ADMINISTRATOR:change",
                        "auditor:AUDITOR:change");
        assertThat(passwords).hasSize(3).doesNotHaveDuplicates();
        assertThat(passwords).allSatisfy(p -> assertThat(p).hasSize(16).matches("[A-Za-z2-9]+"));
        Path file = data.resolve(FirstPasswords.FILE);
        assertThat(Files.readString(file)).contains(passwords);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(output.getAll())
                .doesNotContain(passwords)
                .contains(file.toAbsolutePath().toString());
    }

    @Test
    void configuredPasswordsAreTheAdministratorsPasswordsAndNeedNoChange() throws Exception {
        List<String> passwords = new ArrayList<>();
        EmptyAccounts accounts = new EmptyAccounts();

        firstStart(accounts, new RecordingEncoder(passwords), "s3cret-管理", "Sec-Ret-9x", "Aud-It-7y")
                .run(new DefaultApplicationArguments());

        assertThat(passwords).containsExactly("s3cret-管理", "Sec-Ret-9x", "Aud-It-7y");
        assertThat(accounts.created).allSatisfy(c -> assertThat(c).endsWith(":keep"));
        assertThat(data.resolve(FirstPasswords.FILE)).doesNotExist();
    }

    @Test
    void aSecondStartCreatesNoAccount() throws Exception {
        EmptyAccounts accounts = new EmptyAccounts();
        accounts.roles.addAll(Set.of(Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR, Role.AUDITOR));

        firstStart(accounts, new RecordingEncoder(new ArrayList<>()), "", "", "")
                .run(new DefaultApplicationArguments());

        assertThat(accounts.created).isEmpty();
    }

    @Test
    void anInstallationFromBeforeTheThreeAdministratorsGainsTheTwoNewOnes() throws Exception {
        EmptyAccounts accounts = new EmptyAccounts();
        accounts.roles.add(Role.ADMINISTRATOR);

        firstStart(accounts, new RecordingEncoder(new ArrayList<>()), "", "", "")
                .run(new DefaultApplicationArguments());

        assertThat(accounts.created)
                .containsExactly("security:SECURITY_ADMINISTRATOR:change", "auditor:AUDITOR:change");
    }

    private FirstStart firstStart(
            Accounts accounts, PasswordEncoder encoder, String admin, String security, String auditor) {
        return new FirstStart(
                null,
                accounts,
                null,
                null,
                encoder,
                new PasswordPolicies(null, Clock.systemUTC(), null, 10, 3, 0),
                new FirstPasswords(data.toString()),
                Clock.systemUTC(),
                new FirstStart.Settings(admin, security, auditor, false, "", false));
    }

    /** A database without accounts (or with those of the roles given) that remembers the accounts created. */
    private static final class EmptyAccounts extends Accounts {
        final List<String> created = new ArrayList<>();
        final Set<Role> roles = EnumSet.noneOf(Role.class);

        EmptyAccounts() {
            super(null);
        }

        @Override
        public boolean hasAdministrator() {
            return roles.contains(Role.ADMINISTRATOR);
        }

        @Override
        public boolean hasAccountOf(Role role) {
            return roles.contains(role);
        }

        @Override
        public long createAccount(
                String username,
                String passwordHash,
                String displayName,
                Role role,
                Long unitId,
                Long regionId,
                boolean mustChangePassword,
                LocalDateTime passwordChangedAt) {
            created.add(username + ":" + role.name() + (mustChangePassword ? ":change" : ":keep"));
            roles.add(role);
            return created.size();
        }
    }

    /** Keeps the raw passwords it is asked to encode. */
    private record RecordingEncoder(List<String> raw) implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            raw.add(rawPassword.toString());
            return "{recorded}" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return encodedPassword.equals("{recorded}" + rawPassword);
        }
    }
}
