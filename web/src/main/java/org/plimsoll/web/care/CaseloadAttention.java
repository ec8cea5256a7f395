package org.plimsoll.web.care;

import io.javalin.config.Key;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.caseload.Attention;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.AttentionRepository;
import org.plimsoll.store.care.CareLink;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.person.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why each person of a caseload needs attention, read from what is stored rather than computed
 * for every person at every opening (issue 31). The read rule (docs/care.md, "The caseload"): a
 * person with no row is computed on the spot; a row of an older revision or an earlier day in the
 * person's zone is shown as it is and its refresh queued. After every committed write of a person with a clinician, {@link AttentionRefresh}
 * computes it again, through {@link Snapshots}, so that the person's next Today is a cache hit too.
 */
public final class CaseloadAttention implements AutoCloseable {
    /** Where tests find it on a running app, to wait for the refreshes or hold them. */
    public static final Key<CaseloadAttention> KEY = new Key<>("plimsoll.caseload.attention");
    private static final Logger LOG = LoggerFactory.getLogger(CaseloadAttention.class);

    /** One person as their clinician sees them: why they need attention now, and how urgent that is. */
    public record Seen(CareLink link, Units units, List<Reason> reasons, int rank) {
    }

    private final Snapshots snapshots;
    private final AttentionRepository store;
    private final Clock clock;
    private final AttentionRefresh refresh;
    private final Counter refreshed;
    private final Counter onTheSpot;

    public CaseloadAttention(Database database, Snapshots snapshots, Clock clock, MeterRegistry metrics) {
        this.snapshots = snapshots;
        this.store = new AttentionRepository(database);
        this.clock = clock;
        Counter redFlags = Counter.builder("plimsoll.caseload.attention.red.flags")
                .description("People taken ahead of the refresh's line for a red flag in their latest check-in")
                .register(metrics);
        this.refresh = new AttentionRefresh(this::refresh, people -> {
            java.util.Set<Long> flagged = store.withRedFlagInLatestCheckIn(people);
            redFlags.increment(flagged.size());
            return flagged;
        }, AttentionRefresh.Pacing.behind(database::connectionsAwaited));
        this.refreshed = Counter.builder("plimsoll.caseload.attention.refreshes")
                .description("People whose caseload attention was computed again after a write").register(metrics);
        this.onTheSpot = Counter.builder("plimsoll.caseload.attention.on.read")
                .description("People whose caseload attention was computed while a clinician waited (none stored "
                        + "yet)").register(metrics);
        Gauge.builder("plimsoll.caseload.attention.queued", refresh, AttentionRefresh::queued)
                .description("People waiting for their caseload attention to be computed again").register(metrics);
        database.afterChanges(refresh::queue);
    }

    /** The clinician's people, in the order of their links, each with why they need attention now. */
    public List<Seen> caseload(long clinicianId) {
        List<AttentionRepository.Line> lines = store.caseload(clinicianId);
        List<Long> unseen = new ArrayList<>();
        java.time.Instant now = clock.instant();
        for (AttentionRepository.Line line : lines) {
            long person = line.link().patientId();
            Optional<AttentionRepository.Stored> stored = line.attention();
            if (stored.isEmpty()) {
                unseen.add(person);
            } else if (stored.get().revision() < line.revision()
                    || !stored.get().day().equals(now.atZone(line.zone()).toLocalDate())) {
                refresh.queue(person);
            }
        }
        Map<Long, AttentionRepository.Stored> computed = new HashMap<>();
        for (Account account : store.accountsWithClinician(unseen)) {
            computed.put(account.id(), computed(account));
        }
        onTheSpot.increment(computed.size());
        List<Seen> seen = new ArrayList<>(lines.size());
        for (AttentionRepository.Line line : lines) {
            AttentionRepository.Stored shown = line.attention().orElse(computed.get(line.link().patientId()));
            if (shown != null) { // null: the account went while the page was being made
                seen.add(new Seen(line.link(), line.units(), shown.reasons(), shown.rank()));
            }
        }
        store.keep(computed.entrySet().stream().map(e -> new AttentionRepository.Kept(e.getKey(), e.getValue()))
                .toList(), now);
        return seen;
    }

    /** The person's attention now, labelled with the revision read before computing: never newer than the data. */
    private AttentionRepository.Stored computed(Account account) {
        Snapshot s = snapshots.of(account);
        Attention.Needs needs = Attention.of(s.assessment(), s.history(), s.today());
        return new AttentionRepository.Stored(account.revision(), s.today(), needs.rank(), needs.reasons());
    }

    private void refresh(List<Long> people) {
        List<AttentionRepository.Kept> rows = new ArrayList<>(people.size());
        for (Account account : store.accountsWithClinician(people)) {
            try {
                rows.add(new AttentionRepository.Kept(account.id(), computed(account)));
            } catch (RuntimeException e) {
                // One failure leaves the others standing; the caseload queues this person again when it finds them behind.
                LOG.warn("caseload attention of account {} not computed", account.id(), e);
            }
        }
        store.keep(rows, clock.instant());
        refreshed.increment(rows.size());
    }

    /** For tests: waits until every queued refresh is stored; true when settled within the timeout. */
    public boolean awaitSettled(Duration timeout) {
        return refresh.awaitSettled(timeout);
    }

    /** For tests: no refresh runs until the hold is closed. */
    public AutoCloseable hold() {
        return refresh.hold();
    }

    @Override
    public void close() {
        refresh.close();
    }
}
