package jixiao.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import jixiao.interchange.InterchangeException;
import jixiao.scoring.RuleSet;

/**
 * Rule sets read from stored text, kept by the text itself (so a kept set is never stale): every re-score asks for the
 * set in force, which would otherwise read its JSON, and its region's chain of changes, on every keystroke.
 */
final class ParsedRuleSets {

    /** A read that may be refused: stored text the system wrote itself, so a refusal is a broken database. */
    @FunctionalInterface
    interface Read {
        RuleSet read(String text) throws InterchangeException;
    }

    private static final int KEPT = 200;

    private final Map<String, RuleSet> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > KEPT;
        }
    };

    RuleSet parsed(String key, Read read) {
        synchronized (kept) {
            RuleSet rules = kept.get(key);
            if (rules != null) {
                return rules;
            }
        }
        RuleSet rules;
        try {
            rules = read.read(key);
        } catch (InterchangeException e) {
            throw new IllegalStateException("a stored rule set is unreadable: " + e.getMessage(), e);
        }
        synchronized (kept) {
            kept.put(key, rules);
        }
        return rules;
    }
}
