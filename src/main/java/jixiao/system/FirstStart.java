package jixiao.system;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jixiao.account.Accounts;
import jixiao.account.PasswordPolicies;
import jixiao.account.Role;
import jixiao.demo.DemoRegion;
import jixiao.evaluation.Imports;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.organisation.BudgetUnits;
import jixiao.scoring.SelfEvaluationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * At first start: the three administrators of 等保2.0 三级 (系统管理员 {@code admin}, 安全管理员 {@code security}, 审计管理员
 * {@code auditor}), each created when no account of its role exists yet (so that an older installation gains the two
 * new ones at its next start), and, in demo mode, the seed report under a demo unit with one account per role; started
 * as {@code ./jixiao serve}, also the demo region ({@link DemoRegion}: more units with projects in every state, so that
 * the finance bureau's pages have something to show).
 *
 * <p>A password comes from its setting ({@code JIXIAO_ADMIN_PASSWORD}, {@code JIXIAO_SECURITY_PASSWORD}, {@code
 * JIXIAO_AUDITOR_PASSWORD}, {@code JIXIAO_DEMO_PASSWORD}) or is generated; a generated one must be changed at the
 * first sign-in, and is never logged: {@link FirstPasswords} shows it on the terminal, or writes it to a file only the
 * owner can read.
 */
@Component
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    static final String DEMO_REGION = "三门峡市";

    private final BudgetUnits units;
    private final Accounts accounts;
    private final Imports imports;
    private final DemoRegion demoRegion;
    private final PasswordEncoder encoder;
    private final PasswordPolicies policies;
    private final FirstPasswords handover;
    private final Clock clock;
    private final Settings settings;

    /** The first-start settings: the configured passwords (blank: generate one) and demo mode. */
    public record Settings(
            String adminPassword,
            String securityPassword,
            String auditorPassword,
            boolean demo,
            String demoPassword,
            boolean demoRegion) {}

    @Autowired
    public FirstStart(
            BudgetUnits units,
            Accounts accounts,
            Imports imports,
            DemoRegion demoRegion,
            PasswordEncoder encoder,
            PasswordPolicies policies,
            FirstPasswords handover,
            Clock clock,
            @Value("${jixiao.admin-password:}") String adminPassword,
            @Value("${jixiao.security-password:}") String securityPassword,
            @Value("${jixiao.auditor-password:}") String auditorPassword,
            @Value("${jixiao.demo:false}") boolean demo,
            @Value("${jixiao.demo-password:}") String demoPassword,
            @Value("${jixiao.demo-region:false}") boolean withDemoRegion) {
        this(
                units,
                accounts,
                imports,
                demoRegion,
                encoder,
                policies,
                handover,
                clock,
                new Settings(adminPassword, securityPassword, auditorPassword, demo, demoPassword, withDemoRegion));
    }

    FirstStart(
            BudgetUnits units,
            Accounts accounts,
            Imports imports,
            DemoRegion demoRegion,
            PasswordEncoder encoder,
            PasswordPolicies policies,
            FirstPasswords handover,
            Clock clock,
            Settings settings) {
        this.units = units;
        this.accounts = accounts;
        this.imports = imports;
        this.demoRegion = demoRegion;
        this.encoder = encoder;
        this.policies = policies;
        this.handover = handover;
        this.clock = clock;
        this.settings = settings;
    }

    /** Run by {@link StartUp}, under the start lock. */
    public void run(ApplicationArguments args) throws IOException, InterchangeException {
        List<FirstPasswords.Line> generated = new ArrayList<>();
        List<String> created = new ArrayList<>();
        boolean firstStart = !accounts.hasAdministrator();
        administrator("admin", "系统管理员", Role.ADMINISTRATOR, settings.adminPassword(), generated, created);
        administrator(
                "security", "安全管理员", Role.SECURITY_ADMINISTRATOR, settings.securityPassword(), generated, created);
        administrator("auditor", "审计管理员", Role.AUDITOR, settings.auditorPassword(), generated, created);
        if (firstStart && settings.demo()) {
            loadDemo(generated, created);
        }
        if (!created.isEmpty()) {
            handover.handOver(created, generated);
            LOG.info("First start: accounts created: {}", String.join(", ", created));
        }
    }

    private void administrator(
            String username,
            String displayName,
            Role role,
            String configured,
            List<FirstPasswords.Line> generated,
            List<String> created) {
        if (accounts.hasAccountOf(role)) {
            return;
        }
        boolean generate = configured == null || configured.isBlank();
        String password = generate ? policies.generated(username) : configured;
        accounts.createAccount(
                username, encoder.encode(password), displayName, role, null, null, generate, LocalDateTime.now(clock));
        created.add(username + "（" + displayName + "）");
        if (generate) {
            generated.add(new FirstPasswords.Line(username, displayName, password));
        }
    }

    private void loadDemo(List<FirstPasswords.Line> generated, List<String> created)
            throws IOException, InterchangeException {
        SelfEvaluationReport seed;
        try (InputStream in = FirstStart.class.getResourceAsStream("/demo/seed-2021.json")) {
            seed = new InterchangeReader().read(in);
        }
        long region = units.region(DEMO_REGION);
        long unit = units.createUnit(
                region, seed.unit().name(), seed.unit().code(), seed.unit().nature());
        boolean generate =
                settings.demoPassword() == null || settings.demoPassword().isBlank();
        String password = generate ? policies.generated("demo") : settings.demoPassword();
        String hash = encoder.encode(password);
        LocalDateTime now = LocalDateTime.now(clock);
        accounts.createAccount("tianbao", hash, "赵雪梅", Role.FILLER, unit, region, generate, now);
        accounts.createAccount("danwei", hash, "单位审核人", Role.UNIT_REVIEWER, unit, region, generate, now);
        accounts.createAccount("caizheng", hash, "财政局审核人", Role.BUREAU_REVIEWER, null, region, generate, now);
        imports.importReport(seed, unit, "demo");
        created.add(
                "演示单位“" + seed.unit().name() + "”（" + seed.projects().size() + " 个项目）及演示账号 tianbao、danwei、caizheng");
        String logins = "tianbao, danwei, caizheng";
        if (settings.demoRegion()) {
            List<String> more =
                    demoRegion.load(region, accounts.account("caizheng").orElseThrow(), hash, generate, now);
            created.add("演示地区的其他单位及其账号 " + String.join("、", more));
            logins += ", " + String.join(", ", more);
        }
        if (generate) {
            generated.add(new FirstPasswords.Line(logins, "演示账号", password));
        }
    }
}
