package jixiao.sampling;

import java.time.LocalDateTime;

/**
 * A stored draw (抽样): the region and year it was drawn for, its seed and parameters, the size and fingerprint
 * (SHA-256) of the population it was drawn from, who drew it and when.
 */
public record SampleDraw(
        long id,
        long regionId,
        String regionName,
        int fiscalYear,
        long seed,
        SampleParameters parameters,
        int population,
        String populationDigest,
        int picked,
        LocalDateTime drawnAt,
        String drawnBy) {}
