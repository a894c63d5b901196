package jixiao.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jixiao.organisation.BudgetUnitRow;
import jixiao.organisation.BudgetUnits;
import jixiao.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the security administrator (安全管理员) does to accounts, and what everybody does to their own password. Each
 * act publishes an {@link AccountEvent} in its transaction (the audit trail records it).
 *
 * <p>三员 (等保2.0 三级 8.1.4.2): the security administrator manages the accounts of the units and the finance
 * bureaus; the accounts of the three administrators themselves he may only unlock, so that he cannot give himself
 * another administrator's powers by creating, resetting or re-rolling such an account. Their passwords are changed
 * by their owners (or reset on the server, docs/operations.md).
 */
@Service
@Transactional
public class AccountAdministration {

    private static final int NAME = 100;

    private final Accounts accounts;
    private final BudgetUnits units;
    private final PasswordPolicies policies;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AccountAdministration(
            Accounts accounts,
            BudgetUnits units,
            PasswordPolicies policies,
            LoginThrottle throttle,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.policies = policies;
        this.throttle = throttle;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** An account to create: a unit's staff names its unit, a finance bureau its region. */
    public record NewAccount(String username, String displayName, Role role, Long unitId, Long regionId) {}

    /**
     * A password made for someone else, shown once to the security administrator, changed at the first sign-in.
     * Serializable: the page shows it after a redirect, as a flash attribute of the session (in the database until that
     * page is served, which removes it).
     */
    public record Handover(String username, String password) implements java.io.Serializable {}

    /** Creates an account with a generated first password, which its owner must change at the first sign-in. */
    public Handover create(Account by, NewAccount account) {
        requireSecurityAdministrator(by);
        String username = PlainText.of(account.username() == null ? "" : account.username())
                .strip();
        String displayName = PlainText.of(account.displayName() == null ? "" : account.displayName())
                .strip();
        if (username.isEmpty() || displayName.isEmpty()) {
            throw new AccountException("account.error.fields");
        }
        if (username.length() > NAME || displayName.length() > NAME) {
            throw new AccountException("account.error.tooLong", NAME);
        }
        if (!username.matches("[A-Za-z0-9._@-]+")) {
            throw new AccountException("account.error.username", username);
        }
        requireManageable(account.role());
        Placement placement = placement(account.role(), account.unitId(), account.regionId());
        String password = policies.generated(username);
        try {
            accounts.createAccount(
                    username,
                    encoder.encode(password),
                    displayName,
                    account.role(),
                    placement.unitId(),
                    placement.regionId(),
                    true,
                    LocalDateTime.now(clock));
        } catch (DataIntegrityViolationException e) {
            throw new AccountException("account.error.taken", username);
        }
        publish(AccountEvent.CREATED, by, username, account.role().name() + placement.describe());
        return new Handover(username, password);
    }

    /** Gives a unit's or a bureau's account another role (and unit or region). */
    public void changeRole(Account by, long id, Role role, Long unitId, Long regionId) {
        requireSecurityAdministrator(by);
        Account account = manageable(by, id);
        requireManageable(role);
        Placement placement = placement(role, unitId, regionId);
        accounts.setRole(id, role, placement.unitId(), placement.regionId());
        publish(
                AccountEvent.ROLE_CHANGED,
                by,
                account.username(),
                account.role().name() + " → " + role.name() + placement.describe());
    }

    /** A new generated password, to be changed at the next sign-in; the account's locks are lifted too. */
    public Handover resetPassword(Account by, long id) {
        requireSecurityAdministrator(by);
        Account account = manageable(by, id);
        String password = policies.generated(account.username());
        accounts.setPassword(id, encoder.encode(password), true, LocalDateTime.now(clock));
        throttle.unlock(account.username());
        publish(AccountEvent.PASSWORD_RESET, by, account.username(), null);
        return new Handover(account.username(), password);
    }

    public void disable(Account by, long id) {
        requireSecurityAdministrator(by);
        Account account = manageable(by, id);
        accounts.setEnabled(id, false);
        publish(AccountEvent.DISABLED, by, account.username(), null);
    }

    public void enable(Account by, long id) {
        requireSecurityAdministrator(by);
        Account account = manageable(by, id);
        accounts.setEnabled(id, true);
        publish(AccountEvent.ENABLED, by, account.username(), null);
    }

    /** Lifts the account's locks from every address (any account, the administrators' too). */
    public void unlock(Account by, long id) {
        requireSecurityAdministrator(by);
        Account account = accounts.account(id).orElseThrow(() -> new AccountException("account.error.notFound", id));
        List<String> addresses = throttle.lockedAddresses(account.username());
        throttle.unlock(account.username());
        publish(
                AccountEvent.UNLOCKED,
                by,
                account.username(),
                addresses.isEmpty() ? null : String.join(", ", addresses));
    }

    /** The security administrator's password policy. */
    public void setPolicy(Account by, PasswordPolicy policy) {
        requireSecurityAdministrator(by);
        policies.set(policy, by.username());
    }

    /**
     * Anybody's own password: the current one must be right, the new one pass the policy and differ from it. Lifts a
     * forced change. A wrong current password is recorded (the refusal is kept: no rollback for it).
     */
    @Transactional(noRollbackFor = AccountException.class)
    public void changeOwnPassword(String username, String current, String chosen) {
        Account account =
                accounts.account(username).orElseThrow(() -> new AccountException("account.error.notFound", username));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            publish(AccountEvent.PASSWORD_CHANGE_REFUSED, username, username, "wrong current password");
            throw new AccountException("account.password.wrongCurrent");
        }
        if (chosen == null || chosen.equals(current)) {
            throw new AccountException("account.password.same");
        }
        List<AccountException> problems = policies.problems(username, chosen);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        accounts.setPassword(account.id(), encoder.encode(chosen), false, LocalDateTime.now(clock));
        publish(AccountEvent.PASSWORD_CHANGED, username, username, null);
    }

    /** Every problem of a password chosen for this account (all at once, for the form). */
    public List<AccountException> problems(String username, String chosen) {
        return policies.problems(username, chosen);
    }

    private void requireSecurityAdministrator(Account by) {
        if (by.role() != Role.SECURITY_ADMINISTRATOR) {
            throw new AccountException("account.error.notAllowed");
        }
    }

    /** An account the security administrator may change: a unit's or a bureau's, and never his own. */
    private Account manageable(Account by, long id) {
        Account account = accounts.account(id).orElseThrow(() -> new AccountException("account.error.notFound", id));
        if (account.id() == by.id() || account.role().administers()) {
            throw new AccountException("account.error.administrator", account.username());
        }
        return account;
    }

    private static void requireManageable(Role role) {
        if (role == null || role.administers()) {
            throw new AccountException("account.error.role");
        }
    }

    /** Where an account of a role belongs: a unit (and its region), or a region, or nowhere. */
    private record Placement(Long unitId, Long regionId, String name) {
        String describe() {
            return name == null ? "" : " (" + name + ")";
        }
    }

    private Placement placement(Role role, Long unitId, Long regionId) {
        if (role.belongsToUnit()) {
            if (unitId == null) {
                throw new AccountException("account.error.unitRequired");
            }
            BudgetUnitRow unit =
                    units.unit(unitId).orElseThrow(() -> new AccountException("account.error.unitRequired"));
            return new Placement(unit.id(), unit.regionId(), unit.name());
        }
        if (role == Role.BUREAU_REVIEWER) {
            if (regionId == null) {
                throw new AccountException("account.error.regionRequired");
            }
            String region = units.regions().stream()
                    .filter(r -> r.id() == regionId)
                    .map(r -> r.name())
                    .findFirst()
                    .orElseThrow(() -> new AccountException("account.error.regionRequired"));
            return new Placement(null, regionId, region);
        }
        return new Placement(null, null, null);
    }

    private void publish(String action, Account by, String account, String detail) {
        publish(action, by.username(), account, detail);
    }

    private void publish(String action, String by, String account, String detail) {
        events.publishEvent(new AccountEvent(action, by, account, detail));
    }
}
