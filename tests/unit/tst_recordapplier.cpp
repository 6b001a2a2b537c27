// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine's record logic without a server: which received revisions are accepted,
// refused, stored verbatim or merged, and which overwritten texts are kept.
#include "crypto/keypair.h"
#include "domain/actor.h"
#include "domain/carestore.h"
#include "domain/recordid.h"
#include "protocol/proofs.h"
#include "protocol/sealedrecord.h"
#include "protocol/sharing.h"
#include "sync/departurehold.h"
#include "sync/recordapplier.h"
#include "vault/vault.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using crypto::SecureBuffer;

namespace {

const crypto::Argon2Params FastKdf {1, 1024, 1};

SecureBuffer secret(const char *text)
{
    return SecureBuffer::copyOf(QByteArrayView(text));
}

domain::Goal sampleGoal()
{
    domain::Goal goal;
    goal.whatMattersToMe = {QStringLiteral("Original words"), QStringLiteral("en")};
    goal.target = {QStringLiteral("Original target"), QStringLiteral("en")};
    goal.domain = QStringLiteral("body");
    return goal;
}

} // namespace

class TestRecordApplier : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<vault::Vault> phone;
    std::unique_ptr<vault::Vault> tablet;
    QHash<QByteArray, QByteArray> keys;

    std::unique_ptr<vault::Vault> linked(const char *name)
    {
        auto material = phone->accountMaterial();
        const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(FastKdf);
        auto kek = vault::Vault::derivePassphraseKey(secret("pass phrase"), kdf);
        auto v = vault::Vault::createForAccount(dir.filePath(QString::fromLatin1(name)), kdf, *kek, *material);
        return v ? std::move(*v) : nullptr;
    }

    protocol::WireRecord wire(vault::Vault &from, const QByteArray &id, qint64 seq)
    {
        const QByteArray sealed = from.storedRecord(id)->sealed;
        auto key = from.deviceSigningKey(true);
        return {sealed, *protocol::proofs::sign(key->secretKey, protocol::proofs::recordSignatureMessage(sealed)), seq};
    }

    /** @p revision of @p from as the server answered its push (markPushed), for later merges. */
    static bool pushed(vault::Vault &from, const QByteArray &id, const protocol::WireRecord &revision)
    {
        return from
            .markPushed({{id, protocol::sealedrecord::revisionTag(revision.sealed), revision.seq, revision.sealed}})
            .ok();
    }

    /** A new goal saved on the phone (@p phoneStore), pushed, and pulled by the tablet. */
    bool goalOnBothDevices(domain::CareStore &phoneStore, domain::Goal &goal)
    {
        if (!phoneStore.load() || !phoneStore.save(goal))
            return false;
        const protocol::WireRecord original = wire(*phone, goal.id, 1);
        return pushed(*phone, goal.id, original)
            && tablet->storeSynced({{original.sealed, 1}}, {}, phone->privateSpaceId(), 1);
    }

    /** The departure @p from (the phone unless named) queued in the phone's private space (its
     *  first dirty row there), signed. */
    protocol::WireRecord phoneDeparture(qint64 seq, vault::Vault *from = nullptr)
    {
        vault::Vault &device = from ? *from : *phone;
        const QByteArray sealed = device.dirtyRecords(phone->privateSpaceId(), {}, 10)->first().sealed;
        auto key = device.deviceSigningKey(false);
        return {sealed, *protocol::proofs::sign(key->secretKey, protocol::proofs::recordSignatureMessage(sealed)), seq};
    }

    /** @p space, made on the phone, known to @p device as a space of its own account. */
    bool accountSpaceOn(vault::Vault &device, const QByteArray &space)
    {
        if (!device.addSpaceKey(space, 1, *phone->spaceKey(space, 1)))
            return false;
        vault::SpaceState state; // as a device lists the account's spaces
        state.id = space;
        state.owner = phone->ownAccount();
        state.role = QStringLiteral("owner");
        state.registered = true;
        return device.saveSpaceState(state).ok();
    }

    /** The phone's goal on both devices; the tablet deletes it (waiting to be pushed), then the
     *  phone edits it, later by the clock. */
    bool deletedOnTabletThenEditedOnPhone(domain::CareStore &phoneStore, domain::Goal &goal)
    {
        domain::CareStore tabletStore(*tablet);
        if (!goalOnBothDevices(phoneStore, goal) || !tabletStore.load() || !tabletStore.remove(goal.id))
            return false;
        QTest::qWait(3);
        domain::Goal edited = *phoneStore.goal(goal.id);
        edited.whatMattersToMe.text = QStringLiteral("Edited after the delete");
        return phoneStore.save(edited).ok();
    }

    /** The phone moves goal @p id (on both devices) into @p space (its revision there: @p moved);
     *  then the tablet, which has not seen the move, changes the goal's target where it is
     *  (later by the clock) and sends it. */
    bool movedOnPhoneWhileTheTabletEdits(
        domain::CareStore &phoneStore, const QByteArray &id, const QByteArray &space, protocol::WireRecord &moved)
    {
        if (!phoneStore.moveToSpace(id, space))
            return false;
        moved = wire(*phone, id, 2);
        QTest::qWait(3);
        domain::CareStore tabletStore(*tablet);
        if (!tabletStore.load() || !tabletStore.goal(id))
            return false;
        domain::Goal edited = *tabletStore.goal(id);
        edited.target.text = QStringLiteral("Edited where it was");
        return tabletStore.save(edited) && pushed(*tablet, id, wire(*tablet, id, 3));
    }

    /** A space of the phone's account shared with a new account "els" as @p role, known to the tablet. */
    std::unique_ptr<vault::Vault> sharedWithEls(QByteArray &space, protocol::sharing::Role role)
    {
        auto created = phone->createSpace();
        if (!created)
            return nullptr;
        space = *created;
        auto made = vault::Vault::create(dir.filePath(QStringLiteral("els")), secret("pass phrase"), FastKdf);
        if (!made)
            return nullptr;
        std::unique_ptr<vault::Vault> els = std::move(made->vault);
        protocol::sharing::MemberList list;
        list.space = space;
        list.owner = phone->ownAccount();
        list.version = 1;
        list.members = {{phone->ownAccount(), *phone->identitySignPublicKey(), QByteArray(32, 1),
                            protocol::sharing::Role::Owner, 0},
            {els->ownAccount(), *els->identitySignPublicKey(), QByteArray(32, 2), role, 0}};
        std::sort(list.members.begin(), list.members.end(),
            [](const auto &a, const auto &b) { return a.account < b.account; });
        const QByteArray encoded = protocol::sharing::encodeMemberList(list);
        for (vault::Vault *v : {els.get(), tablet.get()}) {
            if (!v->addSpaceKey(space, 1, *phone->spaceKey(space, 1))
                || !v->addSpaceList(space, 1, encoded, QByteArray(64, 0)))
                return nullptr;
        }
        vault::SpaceState state;
        state.id = space;
        state.owner = phone->ownAccount();
        state.role = QStringLiteral("editor");
        state.registered = true;
        state.list = encoded;
        state.listVersion = 1;
        if (!els->saveSpaceState(state))
            return nullptr;
        return els;
    }

private Q_SLOTS:
    void init()
    {
        auto created = vault::Vault::create(dir.filePath(QStringLiteral("phone")), secret("pass phrase"), FastKdf);
        QVERIFY(created);
        phone = std::move(created->vault);
        tablet = linked("tablet");
        QVERIFY(tablet);
        keys = {{phone->deviceId(), phone->deviceSigningKey(true)->publicKey},
            {tablet->deviceId(), tablet->deviceSigningKey(true)->publicKey}};
    }

    void cleanup()
    {
        phone.reset();
        tablet.reset();
        for (const QString &name : QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QDir(dir.filePath(name)).removeRecursively();
    }

    void signedRecordsApplyAndForgedOnesAreRefusedWhileTheRestGoesOn()
    {
        domain::CareStore store(*phone);
        QVERIFY(store.load());
        domain::Goal good = sampleGoal();
        domain::Goal forged = sampleGoal();
        QVERIFY(store.save(good));
        QVERIFY(store.save(forged));
        auto stranger = linked("stranger"); // has the keys, but no certificate in the list
        const QByteArray strangerId = domain::newRecordId();
        QVERIFY(stranger->put({stranger->privateSpaceId(), strangerId,
            domain::makeEnvelope(sampleGoal(), domain::HlcClock(stranger->deviceId()).now()).encode(), false}));

        protocol::WireRecord badSignature = wire(*phone, forged.id, 2);
        badSignature.signature[5] = char(badSignature.signature[5] ^ 1);
        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const QList<protocol::WireRecord> page {wire(*phone, good.id, 1), badSignature, wire(*stranger, strangerId, 3)};
        QVERIFY(!applier.knowsAuthorsOf(page));
        const sync::ApplyPlan plan = applier.planPulled(phone->privateSpaceId(), page);
        QCOMPARE(plan.incoming.size(), 1);
        QCOMPARE(plan.applied(), 1);
        QCOMPARE(plan.refused.size(), 2);
        QCOMPARE(plan.refused[0].recordId, forged.id);
        QCOMPARE(plan.refused[1].recordId, strangerId);
        QVERIFY(!plan.refused[0].reason.isEmpty());

        // Pulled from another space than its header names: moved, refused.
        const sync::ApplyPlan moved = applier.planPulled(domain::newRecordId(), {wire(*phone, good.id, 1)});
        QCOMPARE(moved.incoming.size(), 0);
        QCOMPARE(moved.refused.size(), 1);
    }

    void aMemberDeviceIsAcceptedOnlyInItsSpaceOnceCertified()
    {
        // Another account (the GP) holding the key of a space the patient shares with her.
        auto space = phone->createSpace();
        QVERIFY(space);
        auto created = vault::Vault::create(dir.filePath(QStringLiteral("gp")), secret("pass phrase"), FastKdf);
        QVERIFY(created);
        vault::Vault &gp = *created->vault;
        QVERIFY(gp.addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        QVERIFY(tablet->addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        const QByteArray comment = domain::newRecordId();
        domain::Goal gpGoal = sampleGoal();
        gpGoal.lastChangedBy = {gp.ownAccount(), QStringLiteral("dr. Jan Claes"), QStringLiteral("gp")};
        QVERIFY(gp.put(
            {*space, comment, domain::makeEnvelope(gpGoal, domain::HlcClock(gp.deviceId()).now()).encode(), false}));
        const protocol::WireRecord fromGp = wire(gp, comment, 1);

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        QVERIFY(!applier.knowsAuthorsOf(*space, {fromGp}));
        QCOMPARE(applier.planPulled(*space, {fromGp}).refused.size(), 1);

        applier.setMemberDeviceKeys(*space, {{gp.deviceId(), gp.deviceSigningKey(true)->publicKey}});
        QVERIFY(applier.knowsAuthorsOf(*space, {fromGp}));
        // Certified, but no verified member list names the GP's account as a writer yet.
        applier.setMemberDeviceAccounts(*space, {{gp.deviceId(), gp.ownAccount()}});
        QCOMPARE(applier.planPulled(*space, {fromGp}).refused.size(), 1);
        protocol::sharing::MemberList list;
        list.space = *space;
        list.owner = phone->ownAccount();
        list.version = 1;
        list.members = {{phone->ownAccount(), *phone->identitySignPublicKey(), QByteArray(32, 1),
                            protocol::sharing::Role::Owner, 0},
            {gp.ownAccount(), *gp.identitySignPublicKey(), QByteArray(32, 2), protocol::sharing::Role::Editor, 0}};
        std::sort(list.members.begin(), list.members.end(),
            [](const auto &a, const auto &b) { return a.account < b.account; });
        QVERIFY(tablet->addSpaceList(*space, 1, protocol::sharing::encodeMemberList(list), QByteArray(64, 0)));
        const sync::ApplyPlan plan = applier.planPulled(*space, {fromGp});
        QCOMPARE(plan.incoming.size(), 1);
        QVERIFY(plan.refused.isEmpty());

        // A forged signature from the member is refused; the rest still applies.
        const QByteArray second = domain::newRecordId();
        QVERIFY(gp.put(
            {*space, second, domain::makeEnvelope(gpGoal, domain::HlcClock(gp.deviceId()).now()).encode(), false}));
        protocol::WireRecord forged = wire(gp, second, 2);
        forged.signature[0] = char(forged.signature[0] ^ 1);
        const sync::ApplyPlan mixed = applier.planPulled(*space, {fromGp, forged});
        QCOMPARE(mixed.incoming.size(), 1);
        QCOMPARE(mixed.refused.size(), 1);
        QCOMPARE(mixed.refused.first().recordId, second);

        // The member's device counts in that space only, not in the account's private space.
        QVERIFY(!applier.knowsAuthorsOf(phone->privateSpaceId(), {fromGp}));
    }

    void aMembersRecordMustNameItsOwnAccountAsWhoActed()
    {
        // An editor (Els) of a space the patient shares: her progress note may say Els wrote
        // it, not that someone else did.
        auto space = phone->createSpace();
        QVERIFY(space);
        auto created = vault::Vault::create(dir.filePath(QStringLiteral("els")), secret("pass phrase"), FastKdf);
        QVERIFY(created);
        vault::Vault &els = *created->vault;
        QVERIFY(els.addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        QVERIFY(tablet->addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        protocol::sharing::MemberList list;
        list.space = *space;
        list.owner = phone->ownAccount();
        list.version = 1;
        list.members = {{phone->ownAccount(), *phone->identitySignPublicKey(), QByteArray(32, 1),
                            protocol::sharing::Role::Owner, 0},
            {els.ownAccount(), *els.identitySignPublicKey(), QByteArray(32, 2), protocol::sharing::Role::Editor, 0}};
        std::sort(list.members.begin(), list.members.end(),
            [](const auto &a, const auto &b) { return a.account < b.account; });
        QVERIFY(tablet->addSpaceList(*space, 1, protocol::sharing::encodeMemberList(list), QByteArray(64, 0)));
        auto noteBy = [&](const QByteArray &account) {
            domain::ProgressEntry entry;
            entry.goalId = domain::newRecordId();
            entry.date = QDate(2026, 11, 3);
            entry.rating = 6;
            if (!account.isEmpty())
                entry.actor = {account, QStringLiteral("Els Peeters"), QStringLiteral("caregiver")};
            else
                entry.authorId = domain::newRecordId(); // a card id: "the patient wrote this"
            const QByteArray id = domain::newRecordId();
            const bool put =
                els.put({*space, id, domain::makeEnvelope(entry, domain::HlcClock(els.deviceId()).now()).encode(),
                            false})
                    .ok();
            return put ? id : QByteArray();
        };
        const QByteArray honest = noteBy(els.ownAccount());
        const QByteArray forged = noteBy(phone->ownAccount()); // "Maria wrote this"
        const QByteArray unnamed = noteBy({}); // no claim at all: would read as Maria's own
        QVERIFY(!honest.isEmpty() && !forged.isEmpty() && !unnamed.isEmpty());

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        applier.setMemberDeviceKeys(*space, {{els.deviceId(), els.deviceSigningKey(true)->publicKey}});
        applier.setMemberDeviceAccounts(*space, {{els.deviceId(), els.ownAccount()}});
        const sync::ApplyPlan plan =
            applier.planPulled(*space, {wire(els, honest, 1), wire(els, forged, 2), wire(els, unnamed, 3)});
        QCOMPARE(plan.incoming.size(), 1);
        QCOMPARE(plan.refused.size(), 2);
        QCOMPARE(plan.refused.at(0).recordId, forged);
        QCOMPARE(plan.refused.at(1).recordId, unnamed);
        QVERIFY(!plan.refused.first().reason.isEmpty());
    }

    void aMembersEditMustClaimItInItsNewestRevision()
    {
        // Els edits Maria's goals as an editor. Every revision of hers must say so in its
        // newest stamp, or it would read as Maria's own ("last changed by" empty) or another
        // member's; only Maria changes the space's name and flag setting.
        QByteArray space;
        auto els = sharedWithEls(space, protocol::sharing::Role::Editor);
        QVERIFY(els);
        const domain::Actor elsActor {els->ownAccount(), QStringLiteral("Els Peeters"), QStringLiteral("caregiver")};
        domain::HlcClock elsClock(els->deviceId());
        auto put = [&](const domain::RecordEnvelope &envelope, bool deleted = false) {
            const QByteArray id = domain::newRecordId();
            return els->put({space, id, envelope.encode(), deleted}).ok() ? id : QByteArray();
        };
        domain::Goal claimed = sampleGoal();
        claimed.lastChangedBy = elsActor;
        const QByteArray honest = put(domain::makeEnvelope(claimed, elsClock.now()));
        const QByteArray unclaimed = put(domain::makeEnvelope(sampleGoal(), elsClock.now()));
        // Claimed once, then edited again without claiming the new revision.
        domain::RecordEnvelope backDated = domain::makeEnvelope(claimed, elsClock.now());
        domain::Goal reworded = claimed;
        reworded.target.text = QStringLiteral("Walk to the bakery");
        QVERIFY(backDated.update(reworded.toFields(), elsClock.now()));
        const QByteArray stale = put(backDated);
        domain::SpaceInfo info;
        info.id = domain::newRecordId();
        info.name = QStringLiteral("Els renamed it");
        info.colour = QStringLiteral("teal");
        info.raisesFlags = false;
        const QByteArray settings = put(domain::makeEnvelope(info, elsClock.now()));
        domain::RecordEnvelope gone = domain::makeEnvelope(claimed, elsClock.now());
        QVERIFY(gone.update({}, elsClock.now()));
        const QByteArray deleted = put(gone, true);
        QVERIFY(
            !honest.isEmpty() && !unclaimed.isEmpty() && !stale.isEmpty() && !settings.isEmpty() && !deleted.isEmpty());

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        applier.setMemberDeviceKeys(space, {{els->deviceId(), els->deviceSigningKey(true)->publicKey}});
        applier.setMemberDeviceAccounts(space, {{els->deviceId(), els->ownAccount()}});
        const sync::ApplyPlan plan = applier.planPulled(space,
            {wire(*els, honest, 1), wire(*els, unclaimed, 2), wire(*els, stale, 3), wire(*els, settings, 4),
                wire(*els, deleted, 5)});
        QCOMPARE(plan.refused.size(), 3);
        QCOMPARE(plan.refused.at(0).recordId, unclaimed);
        QCOMPARE(plan.refused.at(1).recordId, stale);
        QCOMPARE(plan.refused.at(2).recordId, settings);
        QCOMPARE(plan.applied(), 2);

        // Through the store, a second edit by the same member claims its revision afresh.
        QVERIFY(tablet->storeSynced(plan.incoming, {}, space, 5));
        QVERIFY(els->storeSynced({{wire(*els, honest, 1).sealed, 1}}, {}, space, 1));
        domain::CareStore elsStore(*els);
        QVERIFY(elsStore.load());
        domain::Goal again = *elsStore.goal(honest);
        again.target.text = QStringLiteral("Walk to the church");
        again.lastChangedBy = elsActor; // the same claim as the revision before
        QVERIFY(elsStore.save(again));
        const sync::ApplyPlan second = applier.planPulled(space, {wire(*els, honest, 6)});
        QVERIFY2(second.refused.isEmpty(), second.refused.isEmpty() ? "" : qPrintable(second.refused[0].reason));
        QCOMPARE(second.applied(), 1);
    }

    void aMembersMergeClaimsTheMergedRevision()
    {
        // Els and Maria change the same goal at once. Els's device merges and pushes the
        // merge: it is Els's revision, so it claims her, or Maria's devices would refuse it.
        QByteArray space;
        auto els = sharedWithEls(space, protocol::sharing::Role::Editor);
        QVERIFY(els);
        domain::HlcClock phoneClock(phone->deviceId());
        domain::Goal goal = sampleGoal();
        goal.id = domain::newRecordId();
        domain::RecordEnvelope onPhone = domain::makeEnvelope(goal, phoneClock.now());
        QVERIFY(phone->put({space, goal.id, onPhone.encode(), false}));
        QVERIFY(els->storeSynced({{wire(*phone, goal.id, 1).sealed, 1}}, {}, space, 1));

        domain::CareStore elsStore(*els);
        QVERIFY(elsStore.load());
        domain::Goal byEls = *elsStore.goal(goal.id);
        byEls.whatMattersToMe.text = QStringLiteral("Words Els wrote with Maria");
        byEls.lastChangedBy = {els->ownAccount(), QStringLiteral("Els Peeters"), QStringLiteral("caregiver")};
        QVERIFY(elsStore.save(byEls));
        QTest::qWait(3);
        goal.target.text = QStringLiteral("Maria's own target"); // Maria's edit clears "ac"
        QVERIFY(onPhone.update(goal.toFields(), phoneClock.now()));
        QVERIFY(phone->put({space, goal.id, onPhone.encode(), false}));

        domain::HlcClock clock(els->deviceId());
        sync::RecordApplier applier(*els, clock);
        applier.setMemberDeviceKeys(space, {{phone->deviceId(), phone->deviceSigningKey(true)->publicKey}});
        applier.setMemberDeviceAccounts(space, {{phone->deviceId(), phone->ownAccount()}});
        const sync::ApplyPlan plan = applier.planPulled(space, {wire(*phone, goal.id, 2)});
        QVERIFY(plan.refused.isEmpty());
        QCOMPARE(plan.merged.size(), 1);
        auto merged = domain::RecordEnvelope::decode(plan.merged.first().record.payload);
        QVERIFY(merged);
        QCOMPARE(domain::Actor::claimedAccount(*merged), std::optional<QByteArray>(els->ownAccount()));
        QVERIFY(merged->stampOf(QStringLiteral("ac")) > merged->stampOf(QStringLiteral("wm")));
        auto mergedGoal = domain::Goal::fromFields(merged->fields);
        QVERIFY(mergedGoal);
        QCOMPARE(mergedGoal->whatMattersToMe.text, QStringLiteral("Words Els wrote with Maria"));
        QCOMPARE(mergedGoal->target.text, QStringLiteral("Maria's own target"));
    }

    void aMovedRecordsTombstoneIsIgnoredAndItsLiveRevisionReplacesACleanCopy()
    {
        auto space = phone->createSpace();
        QVERIFY(space);
        QVERIFY(tablet->addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(goalOnBothDevices(phoneStore, goal));

        // The phone moves the goal into the shared space: a live revision there, a tombstone
        // in the private space.
        auto opened = phone->get(goal.id);
        QVERIFY(phone->put({*space, goal.id, opened->payload, false}));
        const protocol::WireRecord moved = wire(*phone, goal.id, 1);
        const protocol::WireRecord tombstone = phoneDeparture(2);

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan arrived = applier.planPulled(*space, {moved});
        QCOMPARE(arrived.incoming.size(), 1);
        QVERIFY(tablet->storeSynced(arrived.incoming, arrived.merged, *space, 1));
        QCOMPARE(tablet->get(goal.id)->header.spaceId, *space);

        const sync::ApplyPlan left = applier.planPulled(phone->privateSpaceId(), {tombstone});
        QVERIFY(left.incoming.isEmpty());
        QVERIFY(left.merged.isEmpty());
        QVERIFY(left.refused.isEmpty());
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QVERIFY(after.goal(goal.id)); // still there, in its new space
    }

    /** Issue 11 (seed 2073): the phone and the tablet move one goal to two spaces at once. The
     *  later move is the record on both; the earlier one's copy gets a departure in its space. */
    void ofTwoMovesMadeAtOnceTheLaterIsTheRecordAndTheEarlierCopyDeparts()
    {
        auto first = phone->createSpace();
        auto second = phone->createSpace();
        QVERIFY(first && second);
        QVERIFY(accountSpaceOn(*tablet, *first) && accountSpaceOn(*tablet, *second));
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(goalOnBothDevices(phoneStore, goal));
        domain::CareStore tabletStore(*tablet);
        QVERIFY(tabletStore.load());

        QVERIFY(phoneStore.moveToSpace(goal.id, *first));
        QTest::qWait(3); // the tablet's move is the later one by the clock
        QVERIFY(tabletStore.moveToSpace(goal.id, *second));
        const protocol::WireRecord toFirst = wire(*phone, goal.id, 2);
        const protocol::WireRecord toSecond = wire(*tablet, goal.id, 3);
        QVERIFY(pushed(*phone, goal.id, toFirst));
        QVERIFY(pushed(*tablet, goal.id, toSecond));

        // The tablet receives the earlier move's copy: not taken, and a departure over it.
        domain::HlcClock tabletClock(tablet->deviceId());
        sync::RecordApplier onTablet(*tablet, tabletClock);
        onTablet.setDeviceKeys(keys);
        const sync::ApplyPlan left = onTablet.planPulled(*first, {toFirst});
        QVERIFY(left.incoming.isEmpty());
        QVERIFY(left.refused.isEmpty());
        QCOMPARE(left.merged.size(), 1);
        QVERIFY(left.merged[0].departure);
        QCOMPARE(left.merged[0].record.spaceId, *first);
        QCOMPARE(left.merged[0].baseTag, protocol::sealedrecord::revisionTag(toFirst.sealed));
        QCOMPARE(left.applied(), 0);
        QVERIFY(left.storedIds().isEmpty());
        QVERIFY(tablet->storeSynced(left.incoming, left.merged, *first, 2));
        QCOMPARE(tablet->get(goal.id)->header.spaceId, *second);
        QVERIFY(tablet->hasDeparture(*first, goal.id));

        // The phone receives the later move's copy: taken, and a departure in the space it held.
        domain::HlcClock phoneClock(phone->deviceId());
        sync::RecordApplier onPhone(*phone, phoneClock);
        onPhone.setDeviceKeys(keys);
        const sync::ApplyPlan taken = onPhone.planPulled(*second, {toSecond});
        QCOMPARE(taken.incoming.size(), 1);
        QCOMPARE(taken.merged.size(), 1);
        QVERIFY(taken.merged[0].departure);
        QCOMPARE(taken.merged[0].record.spaceId, *first);
        QCOMPARE(taken.applied(), 1);
        QVERIFY(phone->storeSynced(taken.incoming, taken.merged, *second, 3));
        QCOMPARE(phone->get(goal.id)->header.spaceId, *second);
        QVERIFY(phone->hasDeparture(*first, goal.id));

        // A later move back into the first space voids the departure queued there.
        QVERIFY(tabletStore.load());
        QTest::qWait(3);
        QVERIFY(tabletStore.moveToSpace(goal.id, *first));
        const protocol::WireRecord back = wire(*tablet, goal.id, 4);
        const sync::ApplyPlan returned = onPhone.planPulled(*first, {back});
        QCOMPARE(returned.incoming.size(), 1);
        QVERIFY(phone->storeSynced(returned.incoming, returned.merged, *first, 4));
        QCOMPARE(phone->get(goal.id)->header.spaceId, *first);
        QVERIFY(!phone->hasDeparture(*first, goal.id));
    }

    /** Found by the convergence soak (seed 50737): the phone moved a goal to another space of
     *  the account while the tablet, which had not seen the move, edited it where it was and
     *  sent the edit. The moved copy then reached the tablet and was taken as it came: the edit
     *  was lost there, and on every device. The move says where the record is; its fields
     *  still merge one by one. */
    void aLaterMoveKeepsAnEditSentMeanwhileInTheSpaceItLeft()
    {
        auto space = phone->createSpace();
        QVERIFY(space && accountSpaceOn(*tablet, *space));
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(goalOnBothDevices(phoneStore, goal));
        protocol::WireRecord moved;
        QVERIFY(movedOnPhoneWhileTheTabletEdits(phoneStore, goal.id, *space, moved));

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan plan = applier.planPulled(*space, {moved});
        QVERIFY(plan.refused.isEmpty());
        QVERIFY(tablet->storeSynced(plan.incoming, plan.merged, *space, 2));
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QCOMPARE(after.spaceOf(goal.id), *space);
        QCOMPARE(after.goal(goal.id)->target.text, QStringLiteral("Edited where it was"));
        QCOMPARE(after.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Original words"));
        // The merge goes out where the record is now, the departure where it was.
        QCOMPARE(tablet->dirtyRecords(*space, {}, 10)->size(), 1);
        QVERIFY(tablet->hasDeparture(phone->privateSpaceId(), goal.id));
    }

    /** Found by the convergence soak (seed 50737): a third device applied the departure the
     *  tablet left in the old space, which carries the tablet's edit, later than the move;
     *  the moved copy arrived afterwards, looked older than that departure, and was passed
     *  over for good: that device ended without the goal. A departure says only that the
     *  record went elsewhere: against a live copy from another space, its move decides. */
    void aDepartureCarryingALaterEditDoesNotHideTheRecordWhereItWent()
    {
        auto space = phone->createSpace();
        QVERIFY(space && accountSpaceOn(*tablet, *space));
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(goalOnBothDevices(phoneStore, goal));
        const protocol::WireRecord original = wire(*phone, goal.id, 1);
        protocol::WireRecord moved;
        QVERIFY(movedOnPhoneWhileTheTabletEdits(phoneStore, goal.id, *space, moved));
        domain::CareStore tabletStore(*tablet);
        QVERIFY(tabletStore.load());
        QVERIFY(tabletStore.moveToSpace(goal.id, *space)); // as a later move leaves it
        const protocol::WireRecord departure = phoneDeparture(4, tablet.get());

        auto third = linked("third");
        QVERIFY(third && accountSpaceOn(*third, *space));
        QVERIFY(third->storeSynced({{original.sealed, 1}}, {}, phone->privateSpaceId(), 1));
        QVERIFY(third->storeSynced({{departure.sealed, 4}}, {}, phone->privateSpaceId(), 4));
        QVERIFY(third->get(goal.id)->header.deleted);

        domain::HlcClock clock(third->deviceId());
        sync::RecordApplier applier(*third, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan plan = applier.planPulled(*space, {moved});
        QVERIFY(plan.refused.isEmpty());
        QVERIFY(third->storeSynced(plan.incoming, plan.merged, *space, 2));
        domain::CareStore after(*third);
        QVERIFY(after.load());
        QVERIFY(after.goal(goal.id));
        QCOMPARE(after.spaceOf(goal.id), *space);
        QCOMPARE(after.goal(goal.id)->target.text, QStringLiteral("Edited where it was"));
        QVERIFY(!third->hasDeparture(phone->privateSpaceId(), goal.id)); // it left already
    }

    /** Found by the convergence soak (seeds 10012, 13160): a delete waiting here met a
     *  departure in the same space that carries an edit made after the delete. Both are
     *  deletions, and the merge took the edited field from one and the removed fields from
     *  the other: a live goal without a kind, unreadable on every device. Two deletions
     *  never mix: the later one is taken whole, and the record stays deleted. */
    void aDeleteAndADepartureWithALaterEditNeverMixIntoAHalfRecord()
    {
        // The phone edits the goal after the tablet's delete, pushes the edit, and moves the goal
        // away: the departure it leaves carries the edit.
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(deletedOnTabletThenEditedOnPhone(phoneStore, goal));
        const protocol::WireRecord edit = wire(*phone, goal.id, 2);
        QVERIFY(pushed(*phone, goal.id, edit));
        auto space = phone->createSpace();
        QVERIFY(space);
        QVERIFY(phoneStore.moveToSpace(goal.id, *space));
        const protocol::WireRecord departure = phoneDeparture(3);

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        for (const sync::ApplyPlan &plan : {applier.planPulled(phone->privateSpaceId(), {departure}),
                 *applier.planConflicts(phone->privateSpaceId(), {{goal.id, departure}})}) {
            QVERIFY(plan.refused.isEmpty());
            for (const vault::MergedRecord &m : plan.merged)
                QVERIFY2(m.record.deleted || m.record.recordId != goal.id, "a deletion merged into a live record");
        }
        const sync::ApplyPlan plan = applier.planPulled(phone->privateSpaceId(), {departure});
        QVERIFY(tablet->storeSynced(plan.incoming, plan.merged, phone->privateSpaceId(), 3));
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QVERIFY(after.damaged().isEmpty());
        QVERIFY(!after.goal(goal.id));
        QVERIFY(tablet->get(goal.id)->header.deleted);
    }

    /** Found by the convergence soak (seed 20623): a delete waited here to be pushed while the
     *  phone edited the goal later and moved it to another space. The moved copy was passed
     *  over for the waiting delete, and never pulled again: this device alone lost the goal.
     *  The later act wins whole, wherever it comes from. */
    void aMovedCopyEditedAfterADeleteWaitingHereIsTaken()
    {
        auto space = phone->createSpace();
        QVERIFY(space);
        QVERIFY(tablet->addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(deletedOnTabletThenEditedOnPhone(phoneStore, goal));
        QVERIFY(phoneStore.moveToSpace(goal.id, *space));

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan plan = applier.planPulled(*space, {wire(*phone, goal.id, 2)});
        QCOMPARE(plan.incoming.size(), 1);
        QVERIFY(tablet->storeSynced(plan.incoming, plan.merged, *space, 2));
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QVERIFY(after.goal(goal.id));
        QCOMPARE(after.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Edited after the delete"));
        QCOMPARE(after.spaceOf(goal.id), *space);
    }

    /** Issue 11, problem 1: the tombstone a move leaves is held while the record's new space
     *  cannot be read here; the record stays, and goes only once the move is out of reach. */
    void aMovedRecordsTombstoneIsHeldWhileItsNewSpaceCannotBeReadHere()
    {
        auto space = phone->createSpace();
        QVERIFY(space); // the tablet has no key of it
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(goalOnBothDevices(phoneStore, goal));
        QVERIFY(phoneStore.moveToSpace(goal.id, *space));
        const protocol::WireRecord tombstone = phoneDeparture(2);

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan left = applier.planPulled(phone->privateSpaceId(), {tombstone});
        QVERIFY(left.incoming.isEmpty());
        QCOMPARE(left.held.size(), 1);
        QVERIFY(tablet->storeSynced(left.incoming, left.merged, phone->privateSpaceId(), 2));

        sync::DepartureHold hold(*tablet);
        hold.startRound(true);
        QVERIFY(hold.hold(left.held));
        sync::ServerSpace listed;
        listed.id = *space;
        // Held in this very round: not applied, whatever the keys.
        QVERIFY(hold.settle({listed})->incoming.isEmpty());
        // A later full round, the new space listed but its key not here: still held.
        hold.startRound(true);
        QVERIFY(hold.settle({listed})->incoming.isEmpty());
        domain::CareStore during(*tablet);
        QVERIFY(during.load());
        QVERIFY(during.goal(goal.id));

        // Every listed space readable and the record still not arrived: it went out of reach.
        QVERIFY(tablet->addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        hold.startRound(false);
        QVERIFY(hold.settle({listed})->incoming.isEmpty()); // a quick round pulled not everything
        hold.startRound(true);
        auto settled = hold.settle({listed});
        QVERIFY(settled);
        QCOMPARE(settled->incoming.size(), 1);
        QVERIFY(tablet->storeSynced(settled->incoming, {}, {}, 0));
        QVERIFY(hold.release(settled->incoming));
        QVERIFY(tablet->heldDepartures().isEmpty());
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QVERIFY(!after.goal(goal.id));
    }

    /** Issue 11: a listed space whose key never comes here no longer holds a departure for
     *  ever. It applies after DepartureHold::MaxFullRoundsWaiting full rounds; should the
     *  record arrive after all, its move's stamp wins over its own departure. */
    void aHeldTombstoneWaitsForAMissingKeyOnlySoLongAndTheMoveStillWinsLater()
    {
        auto space = phone->createSpace();
        QVERIFY(space); // the tablet has no key of it
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(goalOnBothDevices(phoneStore, goal));
        QVERIFY(phoneStore.moveToSpace(goal.id, *space));
        const protocol::WireRecord moved = wire(*phone, goal.id, 3);
        const protocol::WireRecord tombstone = phoneDeparture(2);

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan left = applier.planPulled(phone->privateSpaceId(), {tombstone});
        QCOMPARE(left.held.size(), 1);
        QVERIFY(tablet->storeSynced(left.incoming, left.merged, phone->privateSpaceId(), 2));
        sync::DepartureHold hold(*tablet);
        hold.startRound(true);
        QVERIFY(hold.hold(left.held));
        sync::ServerSpace listed;
        listed.id = *space;
        QVERIFY(hold.settle({listed})->incoming.isEmpty()); // held in this very round
        for (int round = 1; round < sync::DepartureHold::MaxFullRoundsWaiting; ++round) {
            hold.startRound(true);
            QVERIFY(hold.settle({listed})->incoming.isEmpty());
            hold.startRound(false); // quick rounds count for nothing
            QVERIFY(hold.settle({listed})->incoming.isEmpty());
        }
        hold.startRound(true);
        auto settled = hold.settle({listed});
        QVERIFY(settled);
        QCOMPARE(settled->incoming.size(), 1);
        QVERIFY(tablet->storeSynced(settled->incoming, {}, {}, 0));
        QVERIFY(hold.release(settled->incoming));
        QVERIFY(tablet->get(goal.id)->header.deleted);

        // The key comes after all, and with it the moved goal: taken over its own departure.
        QVERIFY(tablet->addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        const sync::ApplyPlan arrived = applier.planPulled(*space, {moved});
        QCOMPARE(arrived.incoming.size(), 1);
        QVERIFY(tablet->storeSynced(arrived.incoming, arrived.merged, *space, 3));
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QVERIFY(after.goal(goal.id));
        QCOMPARE(after.spaceOf(goal.id), *space);
    }

    /** The held tombstone is forgotten once the record arrives in its new space. */
    void aHeldTombstoneIsForgottenWhenTheMovedRecordArrives()
    {
        auto space = phone->createSpace();
        QVERIFY(space);
        domain::CareStore phoneStore(*phone);
        domain::Goal goal = sampleGoal();
        QVERIFY(goalOnBothDevices(phoneStore, goal));
        QVERIFY(phoneStore.moveToSpace(goal.id, *space));
        const protocol::WireRecord moved = wire(*phone, goal.id, 1);
        const protocol::WireRecord tombstone = phoneDeparture(2);

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        sync::DepartureHold hold(*tablet);
        hold.startRound(true);
        QVERIFY(hold.hold(applier.planPulled(phone->privateSpaceId(), {tombstone}).held));
        QVERIFY(tablet->addSpaceKey(*space, 1, *phone->spaceKey(*space, 1)));
        const sync::ApplyPlan arrived = applier.planPulled(*space, {moved});
        QVERIFY(tablet->storeSynced(arrived.incoming, arrived.merged, *space, 1));
        hold.startRound(true);
        QVERIFY(hold.settle({})->incoming.isEmpty());
        QVERIFY(tablet->heldDepartures().isEmpty());
        QCOMPARE(tablet->get(goal.id)->header.spaceId, *space);
        QVERIFY(!tablet->get(goal.id)->header.deleted);
    }

    void aRecordStampedFarInTheFutureIsRefused()
    {
        domain::CareStore store(*phone);
        QVERIFY(store.load());
        domain::Goal goal = sampleGoal();
        QVERIFY(store.save(goal));
        domain::HlcClock clock(tablet->deviceId());
        // This device's clock is ten minutes behind the stamps.
        sync::RecordApplier applier(
            *tablet, clock, [] { return QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000; });
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan plan = applier.planPulled(phone->privateSpaceId(), {wire(*phone, goal.id, 1)});
        QCOMPARE(plan.refused.size(), 1);
        QCOMPARE(plan.incoming.size(), 0);
        // One minute is within the allowed drift.
        sync::RecordApplier lenient(*tablet, clock, [] { return QDateTime::currentMSecsSinceEpoch() - 30 * 1000; });
        lenient.setDeviceKeys(keys);
        QCOMPARE(lenient.planPulled(phone->privateSpaceId(), {wire(*phone, goal.id, 1)}).incoming.size(), 1);
    }

    void aLocalEditIsMergedFieldByFieldAndOnlyATextBothChangedIsKept()
    {
        domain::CareStore phoneStore(*phone);
        QVERIFY(phoneStore.load());
        domain::Goal goal = sampleGoal();
        QVERIFY(phoneStore.save(goal));
        const protocol::WireRecord original = wire(*phone, goal.id, 1);
        QVERIFY(tablet->storeSynced({{original.sealed, 1}}, {}, phone->privateSpaceId(), 1));

        // The tablet changes the words; then the phone changes the words and the target.
        domain::CareStore tabletStore(*tablet);
        QVERIFY(tabletStore.load());
        domain::Goal onTablet = *tabletStore.goal(goal.id);
        onTablet.whatMattersToMe.text = QStringLiteral("Tablet words");
        QVERIFY(tabletStore.save(onTablet));
        QTest::qWait(3);
        goal.whatMattersToMe.text = QStringLiteral("Phone words");
        goal.target.text = QStringLiteral("Phone target");
        QVERIFY(phoneStore.save(goal));

        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan plan = applier.planPulled(phone->privateSpaceId(), {wire(*phone, goal.id, 2)});
        QCOMPARE(plan.refused.size(), 0);
        QCOMPARE(plan.conflictCopies, 1); // the target was changed on one side only
        QVERIFY(tablet->storeSynced(plan.incoming, plan.merged, phone->privateSpaceId(), 2));

        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QCOMPARE(after.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Phone words"));
        QCOMPARE(after.goal(goal.id)->target.text, QStringLiteral("Phone target"));
        const QList<domain::ConflictCopy> copies = after.conflictCopies();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().text.text, QStringLiteral("Tablet words"));
        QCOMPARE(copies.first().targetKind, QStringLiteral("goal"));

        // The same merge again (a retried sync) keeps no second copy.
        const sync::ApplyPlan again = applier.planPulled(phone->privateSpaceId(), {wire(*phone, goal.id, 2)});
        QCOMPARE(again.conflictCopies, 0);

        // Restore ("use this text"): save the goal with it and remove the copy.
        domain::Goal restored = *after.goal(goal.id);
        restored.whatMattersToMe = copies.first().text;
        QVERIFY(after.save(restored));
        QVERIFY(after.remove(copies.first().id));
        QVERIFY(after.conflictCopies().isEmpty());
    }

    void aTombstoneOverACleanRecordDeletesIt()
    {
        domain::CareStore phoneStore(*phone);
        QVERIFY(phoneStore.load());
        domain::Goal goal = sampleGoal();
        QVERIFY(phoneStore.save(goal));
        QVERIFY(tablet->storeSynced({{wire(*phone, goal.id, 1).sealed, 1}}, {}, phone->privateSpaceId(), 1));
        QVERIFY(phoneStore.remove(goal.id));
        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        const sync::ApplyPlan plan = applier.planPulled(phone->privateSpaceId(), {wire(*phone, goal.id, 2)});
        QCOMPARE(plan.incoming.size(), 1);
        QVERIFY(tablet->storeSynced(plan.incoming, plan.merged, phone->privateSpaceId(), 2));
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QVERIFY(!after.goal(goal.id));
    }

    void anEditAfterADeleteBringsTheWholeRecordBackAndADeleteAfterAnEditWins()
    {
        domain::CareStore phoneStore(*phone);
        QVERIFY(phoneStore.load());
        domain::Goal goal = sampleGoal();
        QVERIFY(phoneStore.save(goal));
        QVERIFY(tablet->storeSynced({{wire(*phone, goal.id, 1).sealed, 1}}, {}, phone->privateSpaceId(), 1));

        // The phone deletes the goal; later the tablet, not knowing, edits its words.
        QVERIFY(phoneStore.remove(goal.id));
        QTest::qWait(3);
        domain::CareStore tabletStore(*tablet);
        QVERIFY(tabletStore.load());
        domain::Goal onTablet = *tabletStore.goal(goal.id);
        onTablet.whatMattersToMe.text = QStringLiteral("Still want this");
        QVERIFY(tabletStore.save(onTablet));
        domain::HlcClock clock(tablet->deviceId());
        sync::RecordApplier applier(*tablet, clock);
        applier.setDeviceKeys(keys);
        sync::ApplyPlan plan = applier.planPulled(phone->privateSpaceId(), {wire(*phone, goal.id, 2)});
        QCOMPARE(plan.incoming.size(), 0);
        QCOMPARE(plan.merged.size(), 1);
        QVERIFY(!plan.merged.first().record.deleted);
        QVERIFY(tablet->storeSynced(plan.incoming, plan.merged, phone->privateSpaceId(), 2));
        domain::CareStore after(*tablet);
        QVERIFY(after.load());
        QVERIFY(after.damaged().isEmpty());
        QVERIFY(after.goal(goal.id));
        QCOMPARE(after.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Still want this"));
        QCOMPARE(after.goal(goal.id)->target.text, QStringLiteral("Original target"));

        // Now the tablet edits again and the phone deletes after that: the delete wins.
        domain::Goal again = *after.goal(goal.id);
        again.target.text = QStringLiteral("Tablet target");
        QVERIFY(after.save(again));
        QTest::qWait(3);
        domain::Goal back = sampleGoal();
        back.id = goal.id;
        QVERIFY(phoneStore.save(back));
        QVERIFY(phoneStore.remove(goal.id));
        plan = applier.planPulled(phone->privateSpaceId(), {wire(*phone, goal.id, 3)});
        QCOMPARE(plan.incoming.size(), 1);
        QCOMPARE(plan.merged.size(), 0);
        QVERIFY(tablet->storeSynced(plan.incoming, plan.merged, phone->privateSpaceId(), 3));
        domain::CareStore last(*tablet);
        QVERIFY(last.load());
        QVERIFY(last.damaged().isEmpty());
        QVERIFY(!last.goal(goal.id));
    }

    void loadingMovesTheClockPastEveryStampRead()
    {
        domain::CareStore phoneStore(*phone);
        QVERIFY(phoneStore.load());
        domain::Goal goal = sampleGoal();
        QVERIFY(phoneStore.save(goal));
        QVERIFY(tablet->storeSynced({{wire(*phone, goal.id, 1).sealed, 1}}, {}, phone->privateSpaceId(), 1));
        auto envelope = domain::RecordEnvelope::decode(phone->get(goal.id)->payload);
        domain::CareStore tabletStore(*tablet);
        QVERIFY(tabletStore.load());
        domain::Goal edited = *tabletStore.goal(goal.id);
        edited.target.text = QStringLiteral("Later");
        QVERIFY(tabletStore.save(edited));
        auto after = domain::RecordEnvelope::decode(tablet->get(goal.id)->payload);
        QVERIFY(after->stampOf(QStringLiteral("tg")) > envelope->latestStamp());
    }
};

QTEST_GUILESS_MAIN(TestRecordApplier)
#include "tst_recordapplier.moc"
