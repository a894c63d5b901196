package jixiao.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.account.Account;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.review.DeductionEntry.AppliesTo;
import jixiao.review.DeductionScale.Source;
import jixiao.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deduction scales (扣分标准) of the regions: the one in force for a region (its own, the nearest region's above
 * it, or the built-in one), published and withdrawn by the region's finance bureau. Everyone of a region reads the
 * scale in force there; units ask for it to be published, so that one situation always costs the same.
 */
@Service
@Transactional
public class DeductionScales {

    /** Entries of one scale, at most: a scale is a page a reviewer reads, not a catalogue. */
    static final int MAX_ENTRIES = 200;

    private static final int SITUATION_LIMIT = 500;

    private final ReviewStore store;
    private final BudgetUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    public DeductionScales(ReviewStore store, BudgetUnits units, AuditTrail audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scale in force for a region: its own, else the nearest region's above it, else the built-in one. */
    @Transactional(readOnly = true)
    public DeductionScale inForce(long regionId) {
        for (Region region : units.regionAndAbove(regionId)) {
            Optional<ReviewStore.Published> published = store.published(region.id());
            if (published.isPresent()) {
                return new DeductionScale(
                        region.id() == regionId ? Source.OWN : Source.INHERITED,
                        region.id(),
                        region.name(),
                        published.get().at(),
                        published.get().by(),
                        store.entries(region.id()));
            }
        }
        return DeductionScale.builtIn();
    }

    /** The scale in force where the user works (its unit's or bureau's region); the built-in one for 管理员. */
    @Transactional(readOnly = true)
    public DeductionScale of(Account who) {
        return who.regionId() == null ? DeductionScale.builtIn() : inForce(who.regionId());
    }

    /**
     * One entry as typed on the scale's page.
     *
     * @param percent the share of the weight deducted, in percent, or blank
     * @param points the points deducted, or blank (exactly one of the two)
     */
    public record TypedEntry(
            String code, String appliesTo, String situation, String percent, String points, String basis) {

        boolean isBlank() {
            return blank(code) && blank(situation) && blank(percent) && blank(points) && blank(basis);
        }
    }

    /**
     * The bureau publishes its region's own scale (blank rows are left out); every problem is named by row and field
     * and nothing is saved while there is one.
     */
    public List<Problem> publish(Account who, List<TypedEntry> typed) {
        requireBureau(who);
        List<Problem> problems = new ArrayList<>();
        List<DeductionEntry> entries = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            TypedEntry row = typed.get(i);
            if (row.isBlank()) {
                continue;
            }
            DeductionEntry entry = entry(i + 1, row, problems);
            if (entry != null && !codes.add(entry.code())) {
                problems.add(Problem.of("entries[" + i + "].code", "review.problem.codeTwice", i + 1, entry.code()));
            } else if (entry != null) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("entries", "review.problem.noEntries"));
        }
        if (entries.size() > MAX_ENTRIES) {
            problems.add(Problem.of("entries", "review.problem.tooManyEntries", MAX_ENTRIES, entries.size()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        LocalDateTime at = LocalDateTime.now(clock);
        store.publish(who.regionId(), entries, at, who.username());
        audit.record(AuditRecord.done(
                who.username(), "review.scale.published", "扣分标准 地区 " + who.regionId(), entries.size() + " 条"));
        return List.of();
    }

    /** The bureau withdraws its region's own scale: the region uses the one above it again. */
    public void withdraw(Account who) {
        requireBureau(who);
        store.withdraw(who.regionId());
        audit.record(AuditRecord.done(who.username(), "review.scale.withdrawn", "扣分标准 地区 " + who.regionId(), null));
    }

    private static DeductionEntry entry(int row, TypedEntry typed, List<Problem> problems) {
        String field = "entries[" + (row - 1) + "].";
        int before = problems.size();
        String code = typed.code() == null ? "" : typed.code().strip();
        if (!DeductionEntry.CODE.matcher(code).matches()) {
            problems.add(Problem.of(field + "code", "review.problem.code", row, code));
        }
        AppliesTo appliesTo = null;
        try {
            appliesTo = AppliesTo.valueOf(typed.appliesTo() == null ? "" : typed.appliesTo());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(field + "appliesTo", "review.problem.appliesTo", row, typed.appliesTo()));
        }
        String situation = typed.situation() == null ? "" : typed.situation().strip();
        if (situation.isEmpty() || situation.length() > SITUATION_LIMIT) {
            problems.add(Problem.of(field + "situation", "review.problem.situation", row, SITUATION_LIMIT));
        }
        BigDecimal share = null;
        BigDecimal points = null;
        if (blank(typed.percent()) == blank(typed.points())) {
            problems.add(Problem.of(field + "percent", "review.problem.shareOrPoints", row));
        } else if (!blank(typed.percent())) {
            BigDecimal percent = number(typed.percent(), 2);
            if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(Problem.of(
                        field + "percent",
                        "review.problem.percent",
                        row,
                        typed.percent().strip()));
            } else {
                share = percent.movePointLeft(2);
            }
        } else {
            points = number(typed.points(), 2);
            if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(Problem.of(
                        field + "points",
                        "review.problem.points",
                        row,
                        typed.points().strip()));
                points = null;
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String basis = blank(typed.basis()) ? null : typed.basis().strip();
        if (basis != null && basis.length() > SITUATION_LIMIT) {
            problems.add(Problem.of(field + "basis", "review.problem.basis", row, SITUATION_LIMIT));
            return null;
        }
        return new DeductionEntry(code, appliesTo, situation, share, points, basis);
    }

    /** A number of at most {@code decimals} decimals ("30", "30%", "2.5"), or null. */
    private static BigDecimal number(String typed, int decimals) {
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace("％", "").replace("%", ""));
            return value.stripTrailingZeros().scale() > decimals ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void requireBureau(Account who) {
        if (who.role() != Role.BUREAU_REVIEWER || who.regionId() == null) {
            throw new NotAllowed("只有财政局审核人可以发布本地区的扣分标准");
        }
    }
}
