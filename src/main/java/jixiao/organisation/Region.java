package jixiao.organisation;

/** A region with its finance bureau: a province, a city or a county; {@code parentId} is null at the top. */
public record Region(long id, String name, Long parentId) {}
