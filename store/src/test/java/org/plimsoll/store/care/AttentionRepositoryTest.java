package org.plimsoll.store.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * The stored attention of a caseload (issue 31): one query gives the links, names, revisions and what is
 * stored; an older computation never overwrites a newer one; only people with a clinician are kept up to
 * date; and a change is announced only once it is committed.
 */
class AttentionRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private record People(long ana, long ben, long physio) {
    }

    private static People linked(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        long ana = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        long ben = accounts.create("ben@example.org", "h", NOW).orElseThrow().id();
        long physio = accounts.create("physio@example.org", "h", NOW).orElseThrow().id();
        Profile auckland = Profile.defaultFor(ZoneId.of("Pacific/Auckland"));
        new ProfileRepository(db).save(ana, new Profile(auckland.regions(), auckland.irritability(), Units.MI,
                auckland.zone(), auckland.morningCheckIn(), auckland.goals()), NOW);
        CareRepository care = new CareRepository(db);
        care.registerClinician(physio, NOW);
        care.invite(ana, "code-ana", NOW, NOW.plusSeconds(86_400));
        care.accept(physio, "code-ana", NOW);
        return new People(ana, ben, physio);
    }

    @OnBothDatabases
    void theCaseloadIsOneReadOfLinksNamesRevisionsZonesAndWhatIsStored(Database db) {
        People p = linked(db);
        AttentionRepository attention = new AttentionRepository(db);
        long revision = new AccountRepository(db).findById(p.ana()).orElseThrow().revision();

        AttentionRepository.Line before = attention.caseload(p.physio()).get(0);
        assertThat(before.link().otherName()).isEqualTo("ana@example.org");
        assertThat(before.revision()).isEqualTo(revision);
        assertThat(before.zone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(before.units()).isEqualTo(Units.MI);
        assertThat(before.attention()).as("nothing computed yet").isEmpty();

        var stored = new AttentionRepository.Stored(revision, DAY, 3, List.of(new CareReason.CareReferral(Urgency.SOON),
                new CareReason.CareRedRecently(DAY.minusDays(1), Activity.RUN)));
        attention.keep(List.of(new AttentionRepository.Kept(p.ana(), stored)), NOW);
        assertThat(attention.caseload(p.physio())).singleElement().extracting(AttentionRepository.Line::attention)
                .isEqualTo(Optional.of(stored));
        assertThat(attention.caseload(p.ana())).as("Ana is nobody's clinician").isEmpty();
    }

    @OnBothDatabases
    void anOlderComputationNeverReplacesANewerOneButTheNextDayAlwaysDoes(Database db) {
        People p = linked(db);
        AttentionRepository attention = new AttentionRepository(db);
        var newer = new AttentionRepository.Stored(7, DAY, 1, List.of(new CareReason.CareReferral(Urgency.EMERGENCY)));
        var older = new AttentionRepository.Stored(6, DAY, 7, List.of());
        attention.keep(List.of(new AttentionRepository.Kept(p.ana(), newer)), NOW);
        attention.keep(List.of(new AttentionRepository.Kept(p.ana(), older)), NOW);
        assertThat(attention.of(p.ana())).as("revision 6 finished after 7").contains(newer);

        var again = new AttentionRepository.Stored(7, DAY, 2, List.of(new CareReason.CareFlare(DAY, 1)));
        attention.keep(List.of(new AttentionRepository.Kept(p.ana(), again)), NOW);
        assertThat(attention.of(p.ana())).as("the same revision computed again").contains(again);

        var yesterday = new AttentionRepository.Stored(9, DAY.minusDays(1), 7, List.of());
        attention.keep(List.of(new AttentionRepository.Kept(p.ana(), yesterday)), NOW);
        assertThat(attention.of(p.ana())).as("yesterday's never replaces today's").contains(again);

        var tomorrow = new AttentionRepository.Stored(7, DAY.plusDays(1), 7, List.of());
        attention.keep(List.of(new AttentionRepository.Kept(p.ana(), tomorrow),
                new AttentionRepository.Kept(p.ben(), tomorrow)), NOW);
        assertThat(attention.of(p.ana())).as("the next day, same revision").contains(tomorrow);
        assertThat(attention.of(p.ben())).as("a batch keeps every row").contains(tomorrow);
    }

    @OnBothDatabases
    void onlyPeopleWithAStandingClinicianAreKeptUpToDate(Database db) {
        People p = linked(db);
        AttentionRepository attention = new AttentionRepository(db);
        assertThat(attention.accountsWithClinician(List.of(p.ana(), p.ben(), p.physio())))
                .as("the batch's accounts in one query, with their revision").extracting(a -> a.id(), a -> a.revision())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p.ana(),
                        new AccountRepository(db).findById(p.ana()).orElseThrow().revision()));
        long link = new CareRepository(db).clinicians(p.ana()).get(0).id();
        new CareRepository(db).revoke(p.ana(), link, NOW);
        assertThat(attention.accountsWithClinician(List.of(p.ana(), p.ben()))).as("access ended").isEmpty();
        assertThat(attention.accountsWithClinician(List.of())).isEmpty();
    }

    @OnBothDatabases
    void aChangeIsAnnouncedOnlyOnceItIsCommittedAndARolledBackOneNever(Database db) {
        People p = linked(db);
        AccountRepository accounts = new AccountRepository(db);
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        // What another connection sees when the listener is told: the write must be on disk by then.
        db.afterChanges(id -> heard.add(id + "@" + CompletableFuture.supplyAsync(
                () -> accounts.findById(id).orElseThrow().revision()).join()));
        long revision = accounts.findById(p.ana()).orElseThrow().revision();
        long benRevision = accounts.findById(p.ben()).orElseThrow().revision();

        db.inTransaction(handle -> AccountRepository.touch(handle, p.ana()));
        assertThat(heard).containsExactly(p.ana() + "@" + (revision + 1));
        db.inGroupCommit(handle -> AccountRepository.touch(handle, p.ana()));
        assertThat(heard).as("through the shared commit, before the writer is answered")
                .containsExactly(p.ana() + "@" + (revision + 1), p.ana() + "@" + (revision + 2));

        assertThatThrownBy(() -> db.inTransaction(handle -> {
            AccountRepository.touch(handle, p.ben());
            throw new IllegalStateException("the write fails after the touch");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(heard).as("a rolled-back write changed nothing").hasSize(2);
        assertThat(accounts.findById(p.ben()).orElseThrow().revision()).isEqualTo(benRevision);
    }

    @OnBothDatabases
    void aLatestCheckInWithARedFlagOrPainOf8OrMoreIsTheRedFlagLanes(Database db) {
        People p = linked(db);
        AccountRepository accounts = new AccountRepository(db);
        long cai = accounts.create("cai@example.org", "h", NOW).orElseThrow().id();
        long dee = accounts.create("dee@example.org", "h", NOW).orElseThrow().id();
        org.plimsoll.store.checkin.CheckInRepository checkIns = new org.plimsoll.store.checkin.CheckInRepository(db);
        org.plimsoll.engine.checkin.CheckIn calm = org.plimsoll.engine.checkin.CheckIn.daily("x", DAY, 3);
        org.plimsoll.engine.checkin.CheckIn saddle = new org.plimsoll.engine.checkin.CheckIn("x", Optional.empty(),
                calm.window(), calm.date(), Optional.empty(), calm.pain(), false, Optional.empty(), Optional.empty(),
                java.util.Set.of(org.plimsoll.engine.checkin.Symptom.SADDLE_NUMBNESS), false);
        checkIns.add(p.ana(), saddle, NOW);
        checkIns.add(p.ben(), saddle, NOW);
        checkIns.add(p.ben(), calm, NOW); // Ben's latest write is calm again
        checkIns.add(cai, org.plimsoll.engine.checkin.CheckIn.daily("x", DAY.minusDays(3), 8), NOW); // a late entry
        checkIns.add(dee, org.plimsoll.engine.checkin.CheckIn.daily("x", DAY, 7), NOW);
        AttentionRepository attention = new AttentionRepository(db);

        assertThat(attention.withRedFlagInLatestCheckIn(List.of(p.ana(), p.ben(), cai, dee, p.physio())))
                .as("Ana's saddle numbness and Cai's pain of 8, whatever day it is for; not Dee's 7")
                .containsExactlyInAnyOrder(p.ana(), cai);
        List<Long> many = new ArrayList<>();
        for (long id = 100_000; id < 102_500; id++) {
            many.add(id);
        }
        many.add(p.ana());
        assertThat(attention.withRedFlagInLatestCheckIn(many)).as("past a thousand people, read in chunks")
                .containsExactly(p.ana());
        assertThat(attention.withRedFlagInLatestCheckIn(List.of())).isEmpty();
    }
}
