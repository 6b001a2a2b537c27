// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity.h"
#include "careindex.h"
#include "careplan.h"
#include "carerecords.h"
#include "careteammember.h"
#include "changeset.h"
#include "checkin.h"
#include "comment.h"
#include "common/result.h"
#include "conflictcopy.h"
#include "envelope.h"
#include "goal.h"
#include "hlc.h"
#include "patientprofile.h"
#include "progressentry.h"
#include "spaceinfo.h"
#include "vault/vaulttypes.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace cc::vault {
class Vault;
} // namespace cc::vault

namespace cc::domain {

namespace detail {
class ValuePool;
} // namespace detail

/**
 * The care records of one unlocked vault as typed values: reads every sealed record once,
 * decodes its envelope and keeps the typed record in memory; writes go through the vault
 * (sealed, one transaction per call) and then update memory. A record that opens but does
 * not decode is reported with the vault's damaged records, never dropped or rewritten.
 * Edits stamp changed fields with this device's hybrid logical clock (DESIGN.md §6).
 */
class CareStore
{
public:
    explicit CareStore(vault::Vault &vault);
    ~CareStore();
    CareStore(const CareStore &) = delete;
    CareStore &operator=(const CareStore &) = delete;
    vault::Vault &vault() const { return m_vault; }

    /** Which spaces this store shows (DESIGN.md §5): the patient's own app shows the spaces
     *  she owns; the care-team workspace one patient's spaces at a time. Records of other
     *  spaces are not decoded. Default: every space. Set before load(). */
    using SpaceFilter = vault::SpacePredicate;
    void setSpaceFilter(SpaceFilter filter) { m_filter = std::move(filter); }
    /** Where a new record goes when nothing else decides (default: the private space). A
     *  comment or progress entry goes where its target goal/record lives. */
    void setDefaultSpace(const QByteArray &spaceId) { m_defaultSpace = spaceId; }
    QByteArray defaultSpace() const;

    /** Reads and decodes everything, and moves this device's clock past every stamp read (a
     *  stamp too far in the future is not followed), so that edits made after a sync win over
     *  what was pulled. Fails only if the vault itself cannot be read: before its first part
     *  (LoadPart records) was read, the store keeps what it held; after, the store is left
     *  empty (never half a vault). */
    Status load();
    /** As load(), reading only the records of @p spaces (Vault::readSealedSpaceParts: through
     *  the space index when they hold less than half the vault), of those the space filter
     *  accepts: for a few spaces of a large vault. */
    Status load(const QList<QByteArray> &spaces);
    /**
     * As load(spaces), for the app's unlock of a large vault: reads first the rows the vault's
     * load order names (LoadOrder: everything but the older progress entries and check-ins,
     * and whatever was written since the order was made) and leaves the rest to loadMore().
     * A vault whose table has fewer than @p wholeBelow rows, or whose order does not open, is
     * read whole, as load() does. A complete load of a large vault writes the order for the
     * next unlock. Every record is read once, whatever the order says.
     */
    Status loadRecentFirst(const QList<QByteArray> &spaces, qint64 wholeBelow);
    /** False while rows loadRecentFirst() left are still to be read. */
    bool isComplete() const { return !m_deferred; }
    /**
     * Reads up to @p rows more of the rows loadRecentFirst() left (-1: all of them) and notes
     * each record it keeps in pendingChanges(), as refresh() does. A record this store holds
     * already (written or refreshed since the load began) is not replaced by the row as read.
     * On an error the store keeps what it holds and stays incomplete.
     */
    Status loadMore(qsizetype rows);
    /** loadMore(-1): what needs every record (moving a goal with its progress, deleting,
     *  sharing the check-in history) reads the rest first. */
    Status finishLoading() { return loadMore(-1); }

    /**
     * Re-reads only records @p ids from the vault (after a pull stored them) and notes what
     * changed in pendingChanges(): a record now outside this store's spaces, deleted or gone
     * is dropped. Moves the clock past their stamps as load() does. Fails only if the vault
     * is locked; a record that does not open or decode joins damaged().
     */
    Status refresh(const QList<QByteArray> &ids);

    /** What the writes and refreshes since the last takeChanges() changed. */
    const ChangeSet &pendingChanges() const { return m_pending; }
    /** Returns pendingChanges() and starts a new set: the one who tells the views calls it. */
    ChangeSet takeChanges() { return std::exchange(m_pending, {}); }

    const std::optional<PatientProfile> &profile() const { return m_profile; }
    const std::optional<CarePlan> &plan() const { return m_plan; }
    QList<CareTeamMember> members() const { return m_members.values(); }
    QList<Goal> goals() const { return m_goals.values(); }
    QList<Activity> activities() const { return m_activities.values(); }
    QList<ProgressEntry> progress() const { return m_progress.values(); }
    /** Oldest first (a copy, in the index's order). */
    QList<CheckIn> checkIns() const;
    /** Every check-in, in no order, without copying: for summaries over thousands. */
    const QHash<QByteArray, CheckIn> &checkInsById() const { return m_checkIns; }
    QList<Comment> comments() const { return m_comments.values(); }
    /** Texts a sync merge overwrote, kept for the user to restore or dismiss (DESIGN.md §6). */
    QList<ConflictCopy> conflictCopies() const { return m_conflictCopies.values(); }
    const CareTeamMember *member(const QByteArray &id) const;
    const Goal *goal(const QByteArray &id) const;
    const CheckIn *checkIn(const QByteArray &id) const;
    const ProgressEntry *progressEntry(const QByteArray &id) const;
    const Comment *comment(const QByteArray &id) const;
    /** The most recent check-in about the patient (not a caregiver's own), or nullptr.
     *  From the newest end of the index: Home asks for it after every change. */
    const CheckIn *latestPatientCheckIn() const;

    /** The held check-ins, comments and progress entries in the orders views list them, kept
     *  as records come and go: a view reads the newest few, or one goal's, without visiting
     *  the rest. Ids only; the records are checkIn(), comment(), progressEntry(). */
    const CareIndex &index() const { return m_index; }
    /** The progress entries on @p goalId, oldest day first (ties by id). */
    QList<const ProgressEntry *> progressOf(const QByteArray &goalId) const;
    /** The newest progress entry of @p goalId with a rating (what the goal list shows), or null. */
    const ProgressEntry *latestRatedProgress(const QByteArray &goalId) const;
    /** The comments on @p targetId, oldest first (ties by id). */
    QList<const Comment *> commentsOn(const QByteArray &targetId) const;
    /** Up to @p limit comments, newest first. */
    QList<const Comment *> newestComments(qsizetype limit) const;

    /** The sharing spaces' names and colours (one per space, the space id as record id). */
    QList<SpaceInfo> spaceInfos() const { return m_spaceInfos.values(); }
    const SpaceInfo *spaceInfo(const QByteArray &spaceId) const;
    /** The space a record lives in; empty for an unknown id. */
    QByteArray spaceOf(const QByteArray &id) const { return m_spaceOf.value(id); }

    /** Records that failed to open or decode: which, where, and why. */
    const QList<vault::DamagedRecord> &damaged() const { return m_damaged; }
    /** Live records per kind code, for `carecircle-cli stats`. */
    QMap<QString, int> countsByKind() const;

    // Writes. A record with an empty id gets a new random one (returned through the record).
    Status save(PatientProfile &record);
    Status save(CarePlan &record);
    Status save(CareTeamMember &record);
    Status save(Goal &record);
    Status save(Activity &record);
    Status save(ProgressEntry &record);
    Status save(CheckIn &record);
    Status save(Comment &record);
    Status save(ConflictCopy &record);
    /** Writes a space's info into the space itself (its id is the space id). */
    Status save(SpaceInfo &record);
    /** Saves a record into @p spaceId (a new record, or moving an existing one). */
    Status saveInSpace(Goal &record, const QByteArray &spaceId);
    Status saveInSpace(Activity &record, const QByteArray &spaceId);
    Status saveInSpace(CarePlan &record, const QByteArray &spaceId);
    Status saveInSpace(CheckIn &record, const QByteArray &spaceId);
    Status saveInSpace(ProgressEntry &record, const QByteArray &spaceId);
    Status saveInSpace(Comment &record, const QByteArray &spaceId);

    /**
     * Moves a record to another space ("Who can see this?"): it is re-sealed with that
     * space's key, and the vault leaves a tombstone in the old space, so members of the old
     * space receive nothing new of it. A goal takes its progress entries and the comments on
     * it along; a check-in the comments on it. NotFound for an unknown id.
     */
    Status moveToSpace(const QByteArray &id, const QByteArray &spaceId);

    /**
     * Deletes a record: writes a tombstone (the sealed revision keeps only the kind; every
     * field is removed with this device's stamp) and drops it from memory. Saving the same
     * record (same id) again brings it back, which is how the UI offers undo. NotFound for
     * an unknown id.
     */
    Status remove(const QByteArray &id);

    /** Writes all of @p records in one transaction (all or nothing); each is validated first. */
    Status importRecords(const CareRecords &records);

private:
    /** A load reads, opens and decodes this many records at a time: small enough that a
     *  vault of a few thousand records still spreads over both cores. */
    static constexpr qsizetype LoadPart = 1024;
    /** Parts a load has read and not kept yet (opening or decoded on pool threads). */
    static constexpr std::size_t MaxPartsInFlight = 4;
    /** A load order reads this many of the newest progress entries and check-ins first
     *  (a few weeks of a busy history), beside what Home shows of older ones. */
    static constexpr std::size_t RecentHistoryRows = 2048;
    /** The newest check-ins read first wherever they are (Home's latest check-ins). */
    static constexpr qsizetype NewestCheckInsFirst = 64;
    /** At most this many of the check-ins the flags her team sees read are read first: they
     *  read back until each domain of her latest has three earlier answers, which a domain
     *  she seldom answers can take far back. Beyond it, those flags follow with the history. */
    static constexpr qsizetype FlagCheckInsFirst = 512;
    struct DecodedOne;
    struct DecodedPart;
    struct Deferred;
    struct RowTally;
    /** A load replaces what the store holds; a later part (loadMore()) adds to it. */
    enum class Adopting { Replace, Append };

    template<typename Record>
    Status saveRecord(Record &record, const QByteArray &spaceId = {});
    /** The space an existing record keeps, or where a new one goes. */
    template<typename Record>
    QByteArray spaceFor(const Record &record) const;
    /** A load through @p read (which hands its sealed parts to the sink it is given): the
     *  records held are replaced as the parts are kept; see load() for a read that fails. */
    Status loadParts(
        const std::function<Status(const vault::SealedSink &)> &read, Adopting how, detail::ValuePool &pool);
    /** @p spaces, those the space filter accepts. */
    QList<QByteArray> filtered(const QList<QByteArray> &spaces) const;
    /** A load: forgets every record held (Replace), then keeps parts (adoptDecoded), then ends. */
    void beginAdopting(Adopting how);
    /** Decodes one opened part; pure, so it runs on a pool thread. */
    static DecodedPart decodePart(vault::VaultContents &&opened);
    /** Keeps what decodePart() made of a part, in its order (this thread only). */
    void adoptDecoded(DecodedPart &&part, detail::ValuePool &pool, Adopting how);
    void endAdopting(Adopting how);
    /** Notes the row of a record a load kept in m_tally, by what it is. */
    void tally(const DecodedOne &one);
    /** A profile or plan from a later part whose row is before the one held: not shown. */
    bool keepsHeldSingleton(const DecodedOne &one) const;
    /** Notes the row of a profile or plan a load shows. */
    void noteSingletonRow(const DecodedOne &one);
    /** After a write or a pull of @p id during a recent-first load: if it is the profile or
     *  plan held, notes its row, so a later part's older one does not replace it. */
    void noteHeldSingletonRow(const QByteArray &id);
    /** Reports a record a load could not open or decode (once). */
    void adoptDamaged(vault::DamagedRecord &&damaged, Adopting how);
    /** Writes the load order for the next unlock from m_tally (after a complete load). */
    void saveLoadOrder();
    /** Forgets every record held (before a load reads them again). */
    void clearRecords();
    /** Builds the record's next envelope and queues it; refuses a record that would not read
     *  back (what is written must always open again). */
    template<typename Record>
    Status stageRecord(Record &record, QList<vault::PlainRecord> &batch,
        QList<std::pair<QByteArray, RecordEnvelope>> &envs, const QByteArray &spaceId = {});
    /** Any one typed record; decoding to it is pure, so it can run on any thread. */
    using AnyRecord = std::variant<PatientProfile, CarePlan, CareTeamMember, Goal, Activity, ProgressEntry, CheckIn,
        Comment, ConflictCopy, SpaceInfo>;
    static Result<AnyRecord> decodeRecord(const QByteArray &id, const RecordEnvelope &envelope);
    void adopt(AnyRecord &&record);
    static QCborMap withFieldsWeDoNotKnow(const RecordEnvelope &existing, QCborMap fields);
    void keep(const QByteArray &id, const RecordEnvelope &envelope, const QByteArray &spaceId);
    /** The kind code of live record @p id, or "" if it is not held. */
    QString kindOf(const QByteArray &id) const;
    /** Drops live record @p id from memory (not its envelope or space), and from the index. */
    void forget(const QByteArray &id);
    /** Puts @p record into @p records under its id, in place of (and unindexing) what was
     *  there; indexes the new one. */
    template<typename Record>
    void adoptIndexed(QHash<QByteArray, Record> &records, Record &&record);
    /** Takes one record as read from the vault now (refresh()); @p id is gone if !opened. */
    void refreshOne(const QByteArray &id, const Result<vault::OpenedRecord> &opened);

    vault::Vault &m_vault;
    HlcClock m_clock;
    /** Envelopes of mutable records only (their stamps are needed for the next edit and for
     *  merging); append-only records are never edited, so only their typed value is kept. */
    QHash<QByteArray, RecordEnvelope> m_envelopes;
    std::optional<PatientProfile> m_profile;
    std::optional<CarePlan> m_plan;
    QHash<QByteArray, CareTeamMember> m_members;
    QHash<QByteArray, Goal> m_goals;
    QHash<QByteArray, Activity> m_activities;
    QHash<QByteArray, ProgressEntry> m_progress;
    QHash<QByteArray, CheckIn> m_checkIns;
    QHash<QByteArray, Comment> m_comments;
    QHash<QByteArray, ConflictCopy> m_conflictCopies;
    QHash<QByteArray, SpaceInfo> m_spaceInfos;
    QHash<QByteArray, QByteArray> m_spaceOf; ///< record id → space id (live records and tombstones)
    CareIndex m_index;
    QList<vault::DamagedRecord> m_damaged;
    SpaceFilter m_filter;
    QByteArray m_defaultSpace;
    ChangeSet m_pending;
    std::unique_ptr<Deferred> m_deferred; ///< rows loadRecentFirst() left; null once complete
    std::unique_ptr<RowTally> m_tally; ///< while a load of a large vault notes its rows
    qint64 m_profileRow = 0; ///< the row of the profile a load shows (the last in the table)
    qint64 m_planRow = 0; ///< the same for the plan
};

} // namespace cc::domain
