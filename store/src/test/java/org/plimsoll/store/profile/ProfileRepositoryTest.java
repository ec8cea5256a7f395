package org.plimsoll.store.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.SessionsPerWeek;
import java.util.Optional;

class ProfileRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @OnBothDatabases
    void aProfileWithGoalsIsSavedAndReplaced(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        ProfileRepository profiles = new ProfileRepository(db);
        Profile first = new Profile(Set.of(Region.MID, Region.LOW), Irritability.HIGH, Units.MI,
                ZoneId.of("America/Denver"), LocalTime.of(7, 30),
                List.of(new Goal(Activity.RUN, Optional.of(SessionsPerWeek.of(4)), Optional.of(Minutes.of(50)),
                        Optional.empty(), Optional.of(Effort.of(7)))));
        Profile second = new Profile(Set.of(Region.UPPER), Irritability.LOW, Units.KM, ZoneId.of("Europe/Oslo"),
                LocalTime.of(6, 0), List.of());

        profiles.save(ana, first, NOW);
        assertThat(profiles.find(ana)).contains(first);
        profiles.save(ana, second, NOW);
        assertThat(profiles.find(ana)).contains(second);
    }

    @OnBothDatabases
    void aPersonsEditedDemandsReplaceTheCatalogueDefaultOnlyForThem(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        long ana = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        long ben = accounts.create("ben@example.org", "h", NOW).orElseThrow().id();
        ProfileRepository profiles = new ProfileRepository(db);

        profiles.saveDemands(ana, Activity.GOLF, new Demands(2, 1, 0));

        assertThat(profiles.catalogue(ana).get(Activity.GOLF)).isEqualTo(new Demands(2, 1, 0));
        assertThat(profiles.catalogue(ben).get(Activity.GOLF)).isEqualTo(new Demands(3, 1, 0));
        assertThat(profiles.catalogue(ana).get(Activity.RUN)).isEqualTo(new Demands(1, 1, 3));
    }
}
