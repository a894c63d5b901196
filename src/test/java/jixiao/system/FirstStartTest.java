package jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jixiao.account.Accounts;
import jixiao.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator's password when none is configured: generated at random, never a built-in default. */
class FirstStartTest {

    @Test
    void withoutAConfiguredPasswordEachFirstStartGeneratesADifferentOne() throws Exception {
        List<String> passwords = new ArrayList<>();
        for (int start = 0; start < 2; start++) {
            EmptyUnits units = new EmptyUnits();
            new FirstStart(null, units, null, new RecordingEncoder(passwords), "", false, "")
                    .run(new DefaultApplicationArguments());
            assertThat(units.created).containsExactly("admin:ADMINISTRATOR");
        }

        assertThat(passwords).hasSize(2).doesNotHaveDuplicates();
        assertThat(passwords).allSatisfy(p -> assertThat(p).hasSize(16).matches("[A-Za-z2-9]+"));
    }

    @Test
    void aConfiguredPasswordIsTheAdministratorsPassword() throws Exception {
        List<String> passwords = new ArrayList<>();

        new FirstStart(null, new EmptyUnits(), null, new RecordingEncoder(passwords), "s3cret-管理", false, "")
                .run(new DefaultApplicationArguments());

        assertThat(passwords).containsExactly("s3cret-管理");
    }

    @Test
    void aSecondStartCreatesNoAccount() throws Exception {
        EmptyUnits units = new EmptyUnits();
        units.administrator = true;

        new FirstStart(null, units, null, new RecordingEncoder(new ArrayList<>()), "", true, "")
                .run(new DefaultApplicationArguments());

        assertThat(units.created).isEmpty();
    }

    /** A database without accounts that remembers the accounts created. */
    private static final class EmptyUnits extends Accounts {
        final List<String> created = new ArrayList<>();
        boolean administrator;

        EmptyUnits() {
            super(null);
        }

        @Override
        public boolean hasAdministrator() {
            return administrator;
        }

        @Override
        public long createAccount(
                String username, String passwordHash, String displayName, Role role, Long unitId, Long regionId) {
            created.add(username + ":" + role.name());
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
