package jixiao.overview;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import jixiao.scoring.Indicator;
import jixiao.scoring.ProjectSelfEvaluation;
import jixiao.scoring.check.TextReuse;

/**
 * The fingerprints of a project's texts that another unit or another year may repeat: its 年度总体目标 (预期目标), its
 * 自评分析 and its table of indicators (三级指标, 年度指标值, 实际完成值, row by row). Each text is normalised as the
 * engine's checks compare texts ({@link TextReuse}); a goal and an analysis give a fingerprint of the whole text and
 * one of each sentence, so that a text copied with a sentence changed still shares most of them; the indicator table
 * only of the whole (names and targets alone repeat everywhere: 满意度 ≥ 90%).
 */
final class TextFingerprints {
    private TextFingerprints() {}

    /** The texts compared. */
    enum Field {
        GOAL,
        ANALYSIS,
        INDICATORS
    }

    /** Shorter texts and sentences are not compared: "无", "已完成" repeat without being copied. */
    static final int MIN_LENGTH = 12;

    /** An indicator table shorter than this is not compared. */
    static final int MIN_INDICATORS = 3;

    /** The first characters of a text, kept to show what was copied. */
    static final int EXCERPT = 60;

    /**
     * One fingerprint: part 0 is the whole text, 1… its sentences; {@code length} its characters, {@code total} those
     * of all the field's sentences (what a share of the text is counted of).
     */
    record Fingerprint(Field field, int part, long hash, int length, int total, String excerpt) {}

    static List<Fingerprint> of(ProjectSelfEvaluation project) {
        List<Fingerprint> out = new ArrayList<>();
        if (project.goals() != null) {
            text(Field.GOAL, project.goals().expected(), out);
        }
        if (project.claimed() != null && project.claimed().analysis() != null) {
            text(Field.ANALYSIS, project.claimed().analysis().text(), out);
        }
        if (project.indicators().size() >= MIN_INDICATORS) {
            StringBuilder table = new StringBuilder();
            for (Indicator indicator : project.indicators()) {
                table.append(TextReuse.normalized(indicator.level3()))
                        .append('|')
                        .append(TextReuse.normalized(indicator.target()))
                        .append('|')
                        .append(TextReuse.normalized(indicator.actual()))
                        .append('\n');
            }
            String text = table.toString();
            out.add(new Fingerprint(
                    Field.INDICATORS,
                    0,
                    hash(text),
                    text.length(),
                    text.length(),
                    excerpt(project.indicators().get(0).level3())));
        }
        return out;
    }

    private static void text(Field field, String raw, List<Fingerprint> out) {
        String text = TextReuse.normalized(raw);
        if (text.length() < MIN_LENGTH) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        int total = 0;
        for (String sentence : text.split("[。;！？!?\\n]+")) {
            if (sentence.length() >= MIN_LENGTH) {
                sentences.add(sentence);
                total += sentence.length();
            }
        }
        out.add(new Fingerprint(field, 0, hash(text), text.length(), total, excerpt(text)));
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            out.add(new Fingerprint(field, i + 1, hash(sentence), sentence.length(), total, excerpt(sentence)));
        }
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    /** The first 64 bits of the text's SHA-256. */
    static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
