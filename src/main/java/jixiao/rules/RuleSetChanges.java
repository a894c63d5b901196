package jixiao.rules;

import java.util.List;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.RuleSetFile;
import jixiao.interchange.RuleSetProblem;
import jixiao.rules.RegionRuleSets.Level;
import jixiao.rules.RegionRuleSets.Version;
import jixiao.scoring.RuleSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A level's change of its rule set, as the bureau (or, for the national level, the administrator) makes it: saved as
 * a new version, looked at (which drafts it re-scores, and how), then put in force, when the drafts' stored scores
 * follow. Each save and activation is published ({@link RuleSetEvent}) for the audit trail, in the same transaction.
 */
@Service
@Transactional
public class RuleSetChanges {

    private final RuleSets roots;
    private final RegionRuleSets sets;
    private final DraftRescoring drafts;
    private final ApplicationEventPublisher events;
    private final RuleSetFile files = new RuleSetFile();

    public RuleSetChanges(
            RuleSets roots, RegionRuleSets sets, DraftRescoring drafts, ApplicationEventPublisher events) {
        this.roots = roots;
        this.sets = sets;
        this.drafts = drafts;
        this.events = events;
    }

    /**
     * Loads a complete rule set file and makes it the national root from {@code fromYear} on (until the next year
     * another root was chosen for); the drafts of those years are re-scored. Refused as {@link RuleSets#load} says.
     */
    public RuleSet loadRoot(String content, int fromYear, String by) throws InterchangeException {
        RuleSet loaded = roots.load(content, fromYear, by);
        rescoreFrom(fromYear);
        return loaded;
    }

    /** Makes a loaded set (null: the built-in default) the national root from {@code fromYear} on. */
    public int chooseRoot(Long ruleSetId, int fromYear, String by) {
        roots.choose(ruleSetId, fromYear, by);
        return rescoreFrom(fromYear);
    }

    private int rescoreFrom(int fromYear) {
        int until = roots.nextRootYear(fromYear);
        return drafts.rescore(
                sets.reach(RegionRuleSets.Level.NATIONAL),
                new DraftRescoring.Years(fromYear, until == Integer.MAX_VALUE ? until : until - 1));
    }

    /**
     * Saves what a level changes of its inherited set as a new version, not yet in force; refused with every problem
     * (each naming the field and the value) where the file does not read, or the set it gives has weights that do not
     * add up to 100.
     */
    public Version save(Level level, int fiscalYear, String changes, String by) {
        Version saved = sets.store(level, fiscalYear, changes, by);
        events.publishEvent(new RuleSetEvent(RuleSetEvent.SAVED, by, target(level, saved), null));
        return saved;
    }

    /** The drafts a version would re-score, and the regions below it conflicts with. */
    public record Preview(List<DraftRescoring.Rescore> rescored, List<String> conflicts) {
        public long changed() {
            return rescored.stream().filter(DraftRescoring.Rescore::changed).count();
        }
    }

    /**
     * What putting a version in force would do: the drafts of the level's regions and below re-scored, and the
     * regions below whose own changes would no longer apply on top of it (then it cannot be put in force).
     */
    @Transactional(readOnly = true)
    public Preview preview(Level level, Version candidate) {
        List<Long> reach = sets.reach(level);
        List<String> conflicts = sets.conflicts(reach, candidate);
        if (!conflicts.isEmpty()) {
            return new Preview(List.of(), conflicts);
        }
        return new Preview(
                drafts.preview(
                        reach,
                        years(level, candidate),
                        (regionId, year) -> sets.inForceWith(regionId, year, candidate)),
                List.of());
    }

    /**
     * Puts a version in force and stores the drafts' new scores; refused where its changes no longer apply to the
     * inherited set (it changed since the save), or a region below would conflict. How many drafts were re-scored.
     */
    public int activate(Level level, Version version, String by) {
        List<RuleSetProblem> problems = files.problems(version.changes(), sets.inherited(level, version.fiscalYear()));
        if (!problems.isEmpty()) {
            throw new RuleSetRefused(problems);
        }
        List<Long> reach = sets.reach(level);
        List<String> conflicts = sets.conflicts(reach, version);
        if (!conflicts.isEmpty()) {
            throw new RuleSetRefused(List.of(new RuleSetProblem("$", "", String.join("；", conflicts))));
        }
        DraftRescoring.Years years = years(level, version);
        sets.putInForce(level, version, by);
        int rescored = drafts.rescore(reach, years);
        events.publishEvent(
                new RuleSetEvent(RuleSetEvent.ACTIVATED, by, target(level, version), "重新计分的草稿 " + rescored + " 份"));
        return rescored;
    }

    /** The years a version is in force once activated: its own and those it carries over to. */
    private DraftRescoring.Years years(Level level, Version version) {
        return new DraftRescoring.Years(version.fiscalYear(), sets.carriedUntil(level, version.fiscalYear()));
    }

    private static String target(Level level, Version version) {
        return "规则集 " + RegionRuleSets.setName(level, version.fiscalYear()) + " 第 " + version.version() + " 版";
    }
}
