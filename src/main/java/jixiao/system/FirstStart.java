package jixiao.system;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import jixiao.account.Accounts;
import jixiao.account.Role;
import jixiao.evaluation.Imports;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.InterchangeReader;
import jixiao.organisation.BudgetUnits;
import jixiao.scoring.SelfEvaluationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * At first start: the first administrator (password from JIXIAO_ADMIN_PASSWORD, or generated and printed once,
 * never a built-in default) and, in demo mode, the seed report under a demo unit with one account per role.
 */
@Component
public class FirstStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    static final String DEMO_REGION = "三门峡市";

    private final BudgetUnits units;
    private final Accounts accounts;
    private final Imports imports;
    private final PasswordEncoder encoder;
    private final String adminPassword;
    private final boolean demo;
    private final String demoPassword;
    private final SecureRandom random = new SecureRandom();

    public FirstStart(
            BudgetUnits units,
            Accounts accounts,
            Imports imports,
            PasswordEncoder encoder,
            @Value("${jixiao.admin-password:}") String adminPassword,
            @Value("${jixiao.demo:false}") boolean demo,
            @Value("${jixiao.demo-password:}") String demoPassword) {
        this.units = units;
        this.accounts = accounts;
        this.imports = imports;
        this.encoder = encoder;
        this.adminPassword = adminPassword;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, InterchangeException {
        if (accounts.hasAdministrator()) {
            return;
        }
        String password = adminPassword.isBlank() ? generated() : adminPassword;
        accounts.createAccount("admin", encoder.encode(password), "系统管理员", Role.ADMINISTRATOR, null, null);
        StringBuilder notice = new StringBuilder("\n==== 首次启动 first start ====\n");
        notice.append(
                adminPassword.isBlank()
                        ? "管理员 admin 的密码（只显示这一次）: " + password + "\n"
                        : "管理员 admin 的密码取自 JIXIAO_ADMIN_PASSWORD\n");
        if (demo) {
            notice.append(loadDemo());
        }
        notice.append("=============================\n");
        System.out.println(notice);
        LOG.info("First administrator created{}", demo ? " and demo data loaded" : "");
    }

    private String loadDemo() throws IOException, InterchangeException {
        SelfEvaluationReport seed;
        try (InputStream in = FirstStart.class.getResourceAsStream("/demo/seed-2021.json")) {
            seed = new InterchangeReader().read(in);
        }
        long region = units.region(DEMO_REGION);
        long unit = units.createUnit(
                region, seed.unit().name(), seed.unit().code(), seed.unit().nature());
        String password = demoPassword.isBlank() ? generated() : demoPassword;
        String hash = encoder.encode(password);
        accounts.createAccount("tianbao", hash, "赵雪梅", Role.FILLER, unit, region);
        accounts.createAccount("danwei", hash, "单位审核人", Role.UNIT_REVIEWER, unit, region);
        accounts.createAccount("caizheng", hash, "财政局审核人", Role.BUREAU_REVIEWER, null, region);
        imports.importReport(seed, unit, "demo");
        return "演示单位“" + seed.unit().name() + "”已载入 " + seed.projects().size() + " 个项目"
                + (seed.department() == null ? "" : "和部门（单位）整体自评") + "；演示账号 tianbao（填报人）、danwei（单位审核）、"
                + "caizheng（财政局审核）的密码" + (demoPassword.isBlank() ? "（只显示这一次）: " + password : "取自 JIXIAO_DEMO_PASSWORD")
                + "\n";
    }

    private String generated() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
