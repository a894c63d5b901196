package jixiao.publication;

import java.time.LocalDateTime;

/**
 * A unit's approved report of a year as published (公开): the PDF's SHA-256 and size (its bytes are stored and never
 * change), when and by whom it was published, and, once unpublished, when, by whom and why. Region and unit names are
 * those of the day it was published.
 */
public record Publication(
        long id,
        long unitId,
        int fiscalYear,
        long regionId,
        String regionName,
        String unitName,
        String sha256,
        int size,
        LocalDateTime publishedAt,
        String publishedBy,
        LocalDateTime unpublishedAt,
        String unpublishedBy,
        String unpublishReason) {

    /** Whether it is published now (reachable without login). */
    public boolean isCurrent() {
        return unpublishedAt == null;
    }
}
