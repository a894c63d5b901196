package jixiao.collection;

/** A unit a collection round may cover, with the name of its region. */
public record UnitChoice(long id, String name, String regionName) {}
