package jixiao.integration;

import java.util.concurrent.atomic.AtomicInteger;
import jixiao.account.Account;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.organisation.BudgetUnits;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Regions, budget units and their accounts for a test, created through {@link Units} with names no other test uses
 * (the tests of one database share it). Every account has the password {@link Credentials#FIXTURE_PASSWORD}.
 */
public final class Organisations {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final BudgetUnits units;
    private final Accounts accounts;
    private final String passwordHash;

    /**
     * The hash is BCrypt as the application stores it, at the lowest strength: every HTTP Basic request checks the
     * password, and at the default strength that costs about 0.1 s a request, most of the suite's time.
     */
    public Organisations(BudgetUnits units, Accounts accounts) {
        this.units = units;
        this.accounts = accounts;
        this.passwordHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(Credentials.FIXTURE_PASSWORD);
    }

    /** A region with its finance bureau's reviewer. */
    public Region region(String name) {
        return region(name, null);
    }

    /** A region below another (null: at the top) with its finance bureau's reviewer. */
    public Region region(String name, Region parent) {
        int n = SERIAL.incrementAndGet();
        String regionName = name + n;
        long id = units.region(regionName, parent == null ? null : parent.id());
        String bureau = "caizheng-" + n;
        accounts.createAccount(bureau, passwordHash, "财政局审核 " + n, Role.BUREAU_REVIEWER, null, id);
        return new Region(id, regionName, bureau);
    }

    /** New accounts (填报人, 单位审核, the region's 财政局审核) for an existing unit, such as the demo unit. */
    public Unit staffed(String regionName, String unitName) {
        int n = SERIAL.incrementAndGet();
        long region = units.region(regionName);
        long unit = units.unitNamed(region, unitName)
                .orElseThrow(() -> new IllegalArgumentException("no unit " + unitName))
                .id();
        String bureau = "caizheng-" + n;
        String filler = "tianbao-" + n;
        String reviewer = "danwei-" + n;
        accounts.createAccount(bureau, passwordHash, "财政局审核 " + n, Role.BUREAU_REVIEWER, null, region);
        accounts.createAccount(filler, passwordHash, "填报人 " + n, Role.FILLER, unit, region);
        accounts.createAccount(reviewer, passwordHash, "单位审核 " + n, Role.UNIT_REVIEWER, unit, region);
        return new Unit(unit, unitName, new Region(region, regionName, bureau), filler, reviewer);
    }

    /** A budget unit of the region with its 填报人 and 单位审核. */
    public Unit unit(Region region, String name) {
        int n = SERIAL.incrementAndGet();
        String unitName = name + n;
        long id = units.createUnit(region.id(), unitName, null, null);
        String filler = "tianbao-" + n;
        String reviewer = "danwei-" + n;
        accounts.createAccount(filler, passwordHash, "填报人 " + n, Role.FILLER, id, region.id());
        accounts.createAccount(reviewer, passwordHash, "单位审核 " + n, Role.UNIT_REVIEWER, id, region.id());
        return new Unit(id, unitName, region, filler, reviewer);
    }

    public Account account(String username) {
        return accounts.account(username).orElseThrow(() -> new IllegalArgumentException("no account " + username));
    }

    public record Region(long id, String name, String bureau) {}

    public record Unit(long id, String name, Region region, String filler, String reviewer) {}
}
