package jixiao.scoring.value;

/** The comparator of a target: ≥, >, =, ≤, <, or none for a bare value. */
public enum Comparator {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    EQUAL("="),
    AT_MOST("≤"),
    LESS_THAN("<"),
    NONE("");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** ≥ and >: more is better (正向). */
    public boolean isPositive() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    /** ≤ and <: less is better (反向). */
    public boolean isReverse() {
        return this == AT_MOST || this == LESS_THAN;
    }
}
