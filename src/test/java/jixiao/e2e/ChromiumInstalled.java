package jixiao.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before its application starts, on a developer's machine without Chromium; in CI
 * (the CI variable is set) the class runs, and {@link Chromium#requireInstalled()} fails it with the same message.
 * A condition rather than an assumption in {@code @BeforeAll}: Surefire counts these tests as skipped, where it
 * counts a class aborted in {@code @BeforeAll} as no tests at all.
 */
class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Chromium.missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if (System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("CI is set: the end-to-end tests must run");
        }
        String reason = missing + " Skipped because CI is not set.";
        System.err.println("SKIPPED " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
