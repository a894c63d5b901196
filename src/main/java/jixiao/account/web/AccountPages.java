package jixiao.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jixiao.account.Account;
import jixiao.account.AccountAdministration;
import jixiao.account.AccountException;
import jixiao.account.Accounts;
import jixiao.account.CurrentUser;
import jixiao.account.LoginThrottle;
import jixiao.account.PasswordPolicies;
import jixiao.account.PasswordPolicy;
import jixiao.account.Role;
import jixiao.organisation.BudgetUnitRow;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 安全管理员: the accounts (a search form above the list, status tags, pages of {@value #PAGE_SIZE}), creating one,
 * changing its role, resetting its password, disabling, enabling and unlocking it, and the password policy. Only the
 * security administrator reaches {@code /accounts}.
 */
@Controller
public class AccountPages {

    static final int PAGE_SIZE = 20;
    private static final String LIST = "redirect:/accounts";

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final PasswordPolicies policies;
    private final LoginThrottle throttle;
    private final BudgetUnits units;
    private final MessageSource messages;

    public AccountPages(
            Accounts accounts,
            AccountAdministration administration,
            PasswordPolicies policies,
            LoginThrottle throttle,
            BudgetUnits units,
            MessageSource messages) {
        this.accounts = accounts;
        this.administration = administration;
        this.policies = policies;
        this.throttle = throttle;
        this.units = units;
        this.messages = messages;
    }

    /** An account as the list shows it: where it belongs, and its state. */
    public record Row(Account account, String placement, boolean mustChange, List<String> lockedFrom) {
        public boolean locked() {
            return !lockedFrom.isEmpty();
        }

        public boolean manageable() {
            return !account.role().administers();
        }
    }

    @GetMapping("/accounts")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Map<Long, BudgetUnitRow> unitsById =
                units.units().stream().collect(Collectors.toMap(BudgetUnitRow::id, Function.identity()));
        Map<Long, Region> regionsById =
                units.regions().stream().collect(Collectors.toMap(Region::id, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (Account account : accounts.accounts()) {
            if (!matches(account, q, role)) {
                continue;
            }
            Row row = new Row(
                    account,
                    placement(account, unitsById, regionsById),
                    accounts.passwordState(account.username())
                            .map(Accounts.PasswordState::mustChange)
                            .orElse(false),
                    throttle.lockedAddresses(account.username()));
            if (inState(row, state)) {
                rows.add(row);
            }
        }
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("user", user.account());
        model.addAttribute("rows", rows.subList(shown * PAGE_SIZE, Math.min(rows.size(), (shown + 1) * PAGE_SIZE)));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("state", state);
        model.addAttribute("roles", manageableRoles());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("units", units.units());
        model.addAttribute("regions", units.regions());
        model.addAttribute("policy", policies.current());
        return "accounts";
    }

    @PostMapping("/accounts")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long regionId,
            RedirectAttributes flash) {
        return act(flash, () -> {
            AccountAdministration.Handover handover = administration.create(
                    user.account(),
                    new AccountAdministration.NewAccount(username, displayName, role, unitId, regionId));
            flash.addFlashAttribute("handover", handover);
            return text("account.created", handover.username(), text("role." + role.name()));
        });
    }

    @PostMapping("/accounts/{id}/role")
    String changeRole(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long regionId,
            RedirectAttributes flash) {
        return act(flash, () -> {
            administration.changeRole(user.account(), id, role, unitId, regionId);
            return text("account.roleChanged", nameOf(id), text("role." + role.name()));
        });
    }

    @PostMapping("/accounts/{id}/reset")
    String reset(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, () -> {
            AccountAdministration.Handover handover = administration.resetPassword(user.account(), id);
            flash.addFlashAttribute("handover", handover);
            return text("account.passwordReset", handover.username());
        });
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, () -> {
            administration.disable(user.account(), id);
            return text("account.disabled", nameOf(id));
        });
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, () -> {
            administration.enable(user.account(), id);
            return text("account.enabled", nameOf(id));
        });
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, () -> {
            administration.unlock(user.account(), id);
            return text("account.unlocked", nameOf(id));
        });
    }

    @PostMapping("/accounts/policy")
    String policy(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam int minLength,
            @RequestParam int minClasses,
            @RequestParam int expiryDays,
            RedirectAttributes flash) {
        return act(flash, () -> {
            administration.setPolicy(user.account(), new PasswordPolicy(minLength, minClasses, expiryDays));
            return text("account.policySaved");
        });
    }

    /** The roles the security administrator gives: those of the units and the finance bureaus. */
    static List<Role> manageableRoles() {
        return java.util.Arrays.stream(Role.values())
                .filter(r -> !r.administers())
                .toList();
    }

    private String act(RedirectAttributes flash, java.util.function.Supplier<String> act) {
        try {
            flash.addFlashAttribute("message", act.get());
        } catch (AccountException e) {
            flash.addFlashAttribute("error", text(e.code(), e.args()));
        }
        return LIST;
    }

    private String nameOf(long id) {
        return accounts.account(id).map(Account::username).orElse(String.valueOf(id));
    }

    private static boolean matches(Account account, String q, Role role) {
        if (role != null && account.role() != role) {
            return false;
        }
        if (q == null || q.isBlank()) {
            return true;
        }
        String wanted = q.strip().toLowerCase(Locale.ROOT);
        return account.username().toLowerCase(Locale.ROOT).contains(wanted)
                || account.displayName().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static boolean inState(Row row, String state) {
        if (state == null || state.isBlank()) {
            return true;
        }
        return switch (state) {
            case "enabled" -> row.account().enabled();
            case "disabled" -> !row.account().enabled();
            case "locked" -> row.locked();
            case "mustChange" -> row.mustChange();
            default -> true;
        };
    }

    private static String placement(Account account, Map<Long, BudgetUnitRow> units, Map<Long, Region> regions) {
        if (account.unitId() != null && units.containsKey(account.unitId())) {
            return units.get(account.unitId()).name();
        }
        if (account.regionId() != null && regions.containsKey(account.regionId())) {
            return regions.get(account.regionId()).name();
        }
        return "";
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
