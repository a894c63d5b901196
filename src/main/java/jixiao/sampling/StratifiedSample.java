package jixiao.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * 抽评's draw as a pure function of the population, the parameters and the seed (domain.md §7: every project above an
 * amount, plus a random share by amount band; the draw must be reproducible and its method printed):
 *
 * <ol>
 *   <li>the population in a fixed order (by evaluation id), whatever order it was read in;
 *   <li>every project whose 全年预算数 is at least the threshold is picked;
 *   <li>of the others, {@code ceil(share × N)} are picked (不少于 the share), allocated to the strata (amount band ×
 *       unit) in proportion to their size by the largest remainder, equal remainders ordered by the seeded random;
 *   <li>within a stratum, a random permutation (Fisher–Yates) of its projects, the first ones picked.
 * </ol>
 *
 * <p>Every random number comes from one {@link Random} made from the seed, used in the fixed order above: the same
 * seed and the same population give the same list, on any machine (java.util.Random's algorithm is specified).
 */
public final class StratifiedSample {

    private StratifiedSample() {}

    /** Why a project is in the sample. */
    public enum Reason {
        ABOVE_THRESHOLD,
        RANDOM
    }

    /**
     * A picked project, with its place in the sample list (from 1) and its stratum's amount band (-1: no budget).
     */
    public record Pick(Candidate candidate, Reason reason, int band, int position) {}

    /** The sample: the projects above the threshold first (largest budget first), then the random ones by stratum. */
    public static List<Pick> draw(List<Candidate> population, SampleParameters parameters, long seed) {
        List<Candidate> ordered = canonical(population);
        Random random = new Random(seed);
        List<Candidate> certain = new ArrayList<>();
        Map<String, List<Candidate>> strata = new LinkedHashMap<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (candidate.budget() != null && candidate.budget().compareTo(parameters.threshold()) >= 0) {
                certain.add(candidate);
            } else {
                rest.add(candidate);
            }
        }
        rest.sort(Comparator.comparingInt((Candidate c) -> parameters.band(c.budget()))
                .thenComparingLong(Candidate::unitId)
                .thenComparingLong(Candidate::evaluationId));
        for (Candidate candidate : rest) {
            strata.computeIfAbsent(
                            parameters.band(candidate.budget()) + "/" + candidate.unitId(), k -> new ArrayList<>())
                    .add(candidate);
        }
        int[] quotas = quotas(new ArrayList<>(strata.values()), rest.size(), parameters.share(), random);
        List<Pick> picks = new ArrayList<>();
        certain.sort(Comparator.comparing(Candidate::budget).reversed().thenComparingLong(Candidate::evaluationId));
        for (Candidate candidate : certain) {
            picks.add(
                    new Pick(candidate, Reason.ABOVE_THRESHOLD, parameters.band(candidate.budget()), picks.size() + 1));
        }
        int s = 0;
        for (List<Candidate> stratum : strata.values()) {
            List<Candidate> shuffled = shuffled(stratum, random);
            List<Candidate> chosen = new ArrayList<>(shuffled.subList(0, quotas[s++]));
            chosen.sort(Comparator.comparingLong(Candidate::evaluationId));
            for (Candidate candidate : chosen) {
                picks.add(new Pick(candidate, Reason.RANDOM, parameters.band(candidate.budget()), picks.size() + 1));
            }
        }
        return List.copyOf(picks);
    }

    /**
     * How many to draw from each stratum: {@code ceil(share × total)} in all, each stratum its share's whole part,
     * the rest one each to the strata with the largest remainders (equal remainders in a seeded random order).
     */
    static int[] quotas(List<List<Candidate>> strata, int total, BigDecimal share, Random random) {
        int wanted = share.multiply(BigDecimal.valueOf(total))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
        int[] quotas = new int[strata.size()];
        BigDecimal[] remainders = new BigDecimal[strata.size()];
        long[] order = new long[strata.size()];
        int given = 0;
        for (int i = 0; i < strata.size(); i++) {
            BigDecimal exact = share.multiply(BigDecimal.valueOf(strata.get(i).size()));
            quotas[i] = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
            remainders[i] = exact.subtract(BigDecimal.valueOf(quotas[i]));
            order[i] = random.nextLong();
            given += quotas[i];
        }
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            ranked.add(i);
        }
        ranked.sort(
                Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparingLong(i -> order[i]));
        for (int k = 0; k < wanted - given; k++) {
            quotas[ranked.get(k)]++;
        }
        return quotas;
    }

    /** Fisher–Yates, written out so that the order depends on nothing but the seed's numbers. */
    private static List<Candidate> shuffled(List<Candidate> stratum, Random random) {
        List<Candidate> out = new ArrayList<>(stratum);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Candidate swap = out.get(i);
            out.set(i, out.get(j));
            out.set(j, swap);
        }
        return out;
    }

    /** The population by evaluation id; an evaluation twice is a mistake of the caller. */
    private static List<Candidate> canonical(List<Candidate> population) {
        List<Candidate> ordered = new ArrayList<>(population);
        ordered.sort(Comparator.comparingLong(Candidate::evaluationId));
        Set<Long> ids = new HashSet<>();
        for (Candidate candidate : ordered) {
            if (!ids.add(candidate.evaluationId())) {
                throw new IllegalArgumentException(
                        "evaluation " + candidate.evaluationId() + " is twice in the population");
            }
        }
        return ordered;
    }

    /**
     * The SHA-256 of the population as the draw reads it (each candidate's id, unit, names and budget, by id): the
     * fingerprint of the data a draw was made from, printed with its method.
     */
    public static String digest(List<Candidate> population) {
        StringBuilder text = new StringBuilder();
        for (Candidate c : canonical(population)) {
            text.append(c.evaluationId())
                    .append('\t')
                    .append(c.unitId())
                    .append('\t')
                    .append(c.unitName())
                    .append('\t')
                    .append(c.projectName())
                    .append('\t')
                    .append(
                            c.budget() == null
                                    ? ""
                                    : c.budget().stripTrailingZeros().toPlainString())
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
