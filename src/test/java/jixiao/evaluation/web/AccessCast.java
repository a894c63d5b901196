package jixiao.evaluation.web;

import static jixiao.integration.Credentials.ADMIN_PASSWORD;
import static jixiao.integration.Credentials.FIXTURE_PASSWORD;

import java.util.EnumMap;
import java.util.Map;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.integration.Api;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Region;
import jixiao.integration.Organisations.Unit;

/**
 * The unit under test, in a new region with a second unit, and a third region with its unit and bureau: every
 * {@link Actor} of an access table, each signed in through the HTTP API.
 */
public record AccessCast(Unit theUnit, Map<Actor, Api> actors) {

    /** A cast named after a city of the region and one elsewhere ("洛阳市", "郑州市"). */
    public static AccessCast of(Organisations organisations, int port, String city, String otherCity) {
        Region region = organisations.region(city);
        Unit theUnit = organisations.unit(region, city + "档案馆");
        Unit neighbour = organisations.unit(region, city + "图书馆");
        Region elsewhere = organisations.region(otherCity);
        Unit stranger = organisations.unit(elsewhere, otherCity + "档案馆");
        Api api = Api.anonymous(port);
        Map<Actor, Api> actors = new EnumMap<>(Actor.class);
        actors.put(Actor.FILLER_OF_ANOTHER_REGION, api.as(stranger.filler(), FIXTURE_PASSWORD));
        actors.put(Actor.UNIT_REVIEWER_OF_ANOTHER_REGION, api.as(stranger.reviewer(), FIXTURE_PASSWORD));
        actors.put(Actor.BUREAU_OF_ANOTHER_REGION, api.as(elsewhere.bureau(), FIXTURE_PASSWORD));
        actors.put(Actor.FILLER_OF_ANOTHER_UNIT_OF_THE_REGION, api.as(neighbour.filler(), FIXTURE_PASSWORD));
        actors.put(Actor.UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION, api.as(neighbour.reviewer(), FIXTURE_PASSWORD));
        actors.put(Actor.BUREAU_OF_THE_REGION, api.as(region.bureau(), FIXTURE_PASSWORD));
        actors.put(Actor.ADMINISTRATOR, api.as("admin", ADMIN_PASSWORD));
        actors.put(Actor.FILLER_OF_THE_UNIT, api.as(theUnit.filler(), FIXTURE_PASSWORD));
        actors.put(Actor.UNIT_REVIEWER_OF_THE_UNIT, api.as(theUnit.reviewer(), FIXTURE_PASSWORD));
        return new AccessCast(theUnit, Map.copyOf(actors));
    }
}
