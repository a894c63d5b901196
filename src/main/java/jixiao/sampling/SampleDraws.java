package jixiao.sampling;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.organisation.BudgetUnits;
import jixiao.report.xlsx.StreamedTable;
import jixiao.report.xlsx.StreamedTable.Column;
import jixiao.report.xlsx.StreamedTable.Kind;
import jixiao.sampling.StratifiedSample.Pick;
import jixiao.sampling.StratifiedSample.Reason;
import jixiao.shared.Decimals;
import jixiao.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抽评: the finance bureau draws projects of its region (and the regions below) and a year for a deeper review, with
 * {@link StratifiedSample} over the projects it holds (单位已审核, 已审核). A draw is stored with its seed, parameters,
 * who drew it and when, and the population it was drawn from, so that it can be drawn again from the stored data and
 * checked; the list links to the evaluations and is exported with its method.
 */
@Service
@Transactional
public class SampleDraws {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SamplingStore store;
    private final EvaluationAccess access;
    private final BudgetUnits units;
    private final AuditTrail audit;
    private final Clock clock;
    /** Only where the bureau gives no seed: the seed it draws is recorded, and the draw is a function of it. */
    private final SecureRandom seeds = new SecureRandom();

    public SampleDraws(SamplingStore store, EvaluationAccess access, BudgetUnits units, AuditTrail audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A draw's parameters as typed: the year, the threshold and the band bounds in 万元, the share in percent, and
     * the seed (blank: a new one is chosen and recorded).
     */
    public record Typed(String year, String threshold, String percent, String bands, String seed) {}

    /** The draw made, or the problems with what was typed (nothing was drawn). */
    public record Drawn(Long id, List<Problem> problems) {}

    public Drawn draw(Account who, Typed typed) {
        requireBureau(who);
        List<Problem> problems = new ArrayList<>();
        Integer year = year(typed.year(), problems);
        BigDecimal threshold = amount(typed.threshold(), "threshold", problems);
        BigDecimal percent = number(typed.percent(), 2);
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(Problem.of("percent", "sampling.problem.percent", String.valueOf(typed.percent())));
        }
        List<BigDecimal> bands = bands(typed.bands(), problems);
        Long seed = seed(typed.seed(), problems);
        if (!problems.isEmpty()) {
            return new Drawn(null, problems);
        }
        SampleParameters parameters = new SampleParameters(threshold, percent.movePointLeft(2), bands);
        List<Candidate> population = store.population(access.scope(who), year);
        if (population.isEmpty()) {
            return new Drawn(null, List.of(Problem.of("year", "sampling.problem.empty", year)));
        }
        List<Pick> picks = StratifiedSample.draw(population, parameters, seed);
        String digest = StratifiedSample.digest(population);
        LocalDateTime at = LocalDateTime.now(clock);
        long id = store.insert(who.regionId(), year, seed, parameters, population, digest, picks, at, who.username());
        audit.record(AuditRecord.done(
                who.username(),
                "sampling.drawn",
                "抽样 " + id + " " + year + "年度",
                "种子 " + seed + "，" + picks.size() + "/" + population.size() + " 个项目，数据指纹 " + digest));
        return new Drawn(id, List.of());
    }

    /** The draws of the bureau's region and the regions below, newest first. */
    @Transactional(readOnly = true)
    public List<SampleDraw> list(Account who) {
        requireBureau(who);
        return store.draws(access.scope(who).regionIds());
    }

    /**
     * A draw with its sample list, and whether drawing again from the stored population with the stored seed and
     * parameters gives the same list (and the population the same fingerprint).
     */
    public record Detail(SampleDraw draw, List<Pick> picks, int aboveThreshold, int rest, boolean reproduced) {
        public int random() {
            return picks.size() - aboveThreshold;
        }
    }

    @Transactional(readOnly = true)
    public Detail detail(Account who, long id) {
        SampleDraw draw = reachable(who, id);
        List<Pick> picks = store.picks(id, draw.parameters());
        List<Candidate> population = store.candidates(id);
        List<Pick> again = StratifiedSample.draw(population, draw.parameters(), draw.seed());
        boolean reproduced = StratifiedSample.digest(population).equals(draw.populationDigest()) && same(picks, again);
        int above = (int)
                picks.stream().filter(p -> p.reason() == Reason.ABOVE_THRESHOLD).count();
        return new Detail(draw, picks, above, population.size() - above, reproduced);
    }

    /**
     * The sample list as a workbook: every pick (linked to its evaluation's page by {@code link}) and a sheet with the
     * method. Does not close the stream.
     */
    @Transactional(readOnly = true)
    public void export(Account who, long id, Function<Long, String> link, OutputStream out) throws IOException {
        Detail detail = detail(who, id);
        SampleDraw draw = detail.draw();
        List<Column> columns = List.of(
                new Column("序号", Kind.WHOLE, 6),
                new Column("预算单位", Kind.TEXT, 30),
                Column.linked("项目名称", 34),
                new Column("全年预算数（元）", Kind.MONEY, 18),
                new Column("金额档", Kind.TEXT, 18),
                new Column("抽取方式", Kind.TEXT, 16));
        List<String> notes =
                List.of(draw.regionName() + "（含下级地区）　" + draw.fiscalYear() + "年度　抽样编号 " + draw.id(), method(detail));
        try (StreamedTable table = new StreamedTable("抽评名单", draw.fiscalYear() + "年度项目支出绩效抽评名单", notes, columns)) {
            for (Pick pick : detail.picks()) {
                table.add(
                        Arrays.asList(
                                BigDecimal.valueOf(pick.position()),
                                pick.candidate().unitName(),
                                pick.candidate().projectName(),
                                pick.candidate().budget(),
                                bandText(pick.band(), draw.parameters()),
                                pick.reason() == Reason.ABOVE_THRESHOLD ? "金额以上全部抽取" : "分层随机抽取"),
                        link.apply(pick.candidate().evaluationId()),
                        false);
            }
            table.notesSheet("抽样方法", methodLines(detail));
            table.write(out);
        }
        audit.record(AuditRecord.done(
                who.username(),
                "sampling.list_downloaded",
                "抽样 " + id + " " + draw.fiscalYear() + "年度",
                draw.regionName()));
    }

    /** The method as printed on the list and in the export, in one paragraph (Chinese, as the document is). */
    public static String method(Detail detail) {
        SampleDraw draw = detail.draw();
        SampleParameters p = draw.parameters();
        return "抽样范围：" + draw.regionName() + "（含下级地区）" + draw.fiscalYear() + "年度已报送财政局（单位已审核、已审核）的项目支出绩效自评表，共 "
                + draw.population() + " 个。全年预算数不低于 " + wan(p.threshold()) + " 万元的项目全部抽取（" + detail.aboveThreshold()
                + " 个）；其余 " + detail.rest() + " 个项目按金额档（" + bandsText(p) + "）和预算单位分层，按不低于 "
                + Decimals.plain(p.share().movePointRight(2)) + "% 的比例随机抽取 " + detail.random()
                + " 个：各层按项目数比例分配（最大余数法，余数相同的层按随机顺序），层内随机排列后依次抽取。随机数由种子 " + draw.seed()
                + " 产生（java.util.Random），同一种子和同一数据得到同一名单。";
    }

    private static List<String> methodLines(Detail detail) {
        SampleDraw draw = detail.draw();
        return List.of(
                "抽样方法",
                method(detail),
                "抽样人：" + draw.drawnBy() + "　抽样时间：" + draw.drawnAt().format(MINUTE),
                "随机数种子：" + draw.seed(),
                "金额阈值：" + wan(draw.parameters().threshold()) + " 万元；随机抽取比例：不低于 "
                        + Decimals.plain(draw.parameters().share().movePointRight(2)) + "%；金额档界限（万元）："
                        + bandsText(draw.parameters()),
                "抽样所依据的数据：" + draw.population() + " 个项目，数据指纹（SHA-256）" + draw.populationDigest(),
                detail.reproduced() ? "复算：按记录的种子和数据重新抽取，结果与本名单一致。" : "复算：按记录的种子和数据重新抽取，结果与本名单不一致，请核查。");
    }

    /** "50 万元以下" … "500 万元及以上", "金额未填". */
    public static String bandText(int band, SampleParameters p) {
        List<BigDecimal> bounds = p.bands();
        if (band < 0) {
            return "金额未填";
        }
        if (bounds.isEmpty()) {
            return "全部";
        }
        if (band == 0) {
            return wan(bounds.get(0)) + " 万元以下";
        }
        if (band == bounds.size()) {
            return wan(bounds.get(band - 1)) + " 万元及以上";
        }
        return wan(bounds.get(band - 1)) + "～" + wan(bounds.get(band)) + " 万元";
    }

    private static String bandsText(SampleParameters p) {
        return p.bands().isEmpty()
                ? "不分档"
                : String.join("、", p.bands().stream().map(SampleDraws::wan).toList());
    }

    /** An amount in 元 said in 万元. */
    public static String wan(BigDecimal yuan) {
        return Decimals.plain(yuan.divide(TEN_THOUSAND));
    }

    private static boolean same(List<Pick> stored, List<Pick> again) {
        if (stored.size() != again.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            Pick a = stored.get(i);
            Pick b = again.get(i);
            if (a.candidate().evaluationId() != b.candidate().evaluationId()
                    || a.reason() != b.reason()
                    || a.position() != b.position()) {
                return false;
            }
        }
        return true;
    }

    private SampleDraw reachable(Account who, long id) {
        requireBureau(who);
        SampleDraw draw = store.draw(id).orElseThrow(() -> new NotFound("抽样 " + id));
        if (!access.scope(who).regionIds().contains(draw.regionId())) {
            throw new NotFound("抽样 " + id);
        }
        return draw;
    }

    private static void requireBureau(Account who) {
        if (who.role() != Role.BUREAU_REVIEWER || who.regionId() == null) {
            throw new NotAllowed("只有财政局审核人可以抽评");
        }
    }

    private static Integer year(String typed, List<Problem> problems) {
        try {
            int year = Integer.parseInt(typed == null ? "" : typed.strip());
            if (year >= 1990 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(Problem.of("year", "sampling.problem.year", String.valueOf(typed)));
        return null;
    }

    /** An amount typed in 万元 (at most 4 decimals: whole 元), in 元. */
    private static BigDecimal amount(String typed, String field, List<Problem> problems) {
        BigDecimal wan = number(typed, 4);
        if (wan == null || wan.signum() < 0) {
            problems.add(Problem.of(field, "sampling.problem." + field, String.valueOf(typed)));
            return null;
        }
        return wan.multiply(TEN_THOUSAND);
    }

    private static List<BigDecimal> bands(String typed, List<Problem> problems) {
        List<BigDecimal> bands = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return bands;
        }
        for (String part : typed.strip().split("[,，、;；\\s]+")) {
            BigDecimal wan = number(part, 4);
            if (wan == null
                    || wan.signum() <= 0
                    || (!bands.isEmpty() && wan.multiply(TEN_THOUSAND).compareTo(bands.get(bands.size() - 1)) <= 0)) {
                problems.add(Problem.of("bands", "sampling.problem.bands", typed.strip()));
                return List.of();
            }
            bands.add(wan.multiply(TEN_THOUSAND));
        }
        return bands;
    }

    private Long seed(String typed, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            return seeds.nextLong();
        }
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            problems.add(Problem.of("seed", "sampling.problem.seed", typed.strip()));
            return null;
        }
    }

    private static BigDecimal number(String typed, int decimals) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace("%", "").replace("％", ""));
            return value.stripTrailingZeros().scale() > decimals ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
