// SPDX-License-Identifier: GPL-3.0-or-later
#include "convergenceworld.h"

#include "domain/spaceinfo.h"
#include "protocol/sealedrecord.h"
#include "sync/devicelink.h"

#include <QSignalSpy>

namespace cc::testing {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex().left(8));
}

/** Waits for @p spy's first emission and returns its Status argument (first one). */
Status firstStatus(QSignalSpy &spy, int ms = 20000)
{
    if (spy.isEmpty() && !spy.wait(ms))
        return Error {ErrorCode::Unavailable, QStringLiteral("timed out")};
    return spy.first().at(0).value<Status>();
}

/** Who acted, as the app's controllers write it: a member names itself, the patient nobody
 *  (docs/sync-protocol.md "Who acted"; every client refuses a member's unclaimed edit). */
domain::Actor actedBy(const Actor &a)
{
    if (a.patient)
        return {};
    return {a.account(), a.name, a.name == QLatin1String("gp") ? QStringLiteral("gp") : QStringLiteral("caregiver")};
}

/** A device's state as the checks compare it: record id → what it holds of it. */
QMap<QByteArray, QString> stateOf(Actor &a)
{
    QMap<QByteArray, QString> state;
    auto store = a.device.store();
    if (!store)
        return {{QByteArray("!"), QStringLiteral("the vault does not load")}};
    for (const domain::Goal &g : store->goals()) {
        state.insert(g.id,
            QStringLiteral("goal|%1|%2|%3").arg(hex(store->spaceOf(g.id)), g.whatMattersToMe.text, g.target.text));
    }
    for (const domain::SpaceInfo &info : store->spaceInfos())
        state.insert(info.id, QStringLiteral("space|%1").arg(info.name));
    for (const vault::DamagedRecord &d : store->damaged())
        state.insert(d.recordId, QStringLiteral("damaged in %1: %2").arg(hex(d.spaceId), d.reason));
    return state;
}

QString spaceField(const QString &digest)
{
    return digest.section(QLatin1Char('|'), 1, 1);
}

} // namespace

void Actor::attach()
{
    sharing = std::make_unique<sync::Sharing>(*device.engine, *device.vault, nullptr);
    sharing->setOwnName(patient ? QStringLiteral("Maria") : name);
}

bool Actor::crashAndReopen()
{
    sharing.reset();
    device.close();
    if (!device.reopen())
        return false;
    attach();
    return true;
}

ConvergenceWorld::ConvergenceWorld(quint32 seed, QString databaseUrl)
    : m_seed(seed), m_rng(seed), m_databaseUrl(std::move(databaseUrl))
{
    for (const char *name : {"phone", "tablet", "restored", "caregiver", "gp"}) {
        auto *a = new Actor;
        a->name = QString::fromLatin1(name);
        a->patient = m_actors.size() < 3;
        m_actors.append(a);
    }
}

ConvergenceWorld::~ConvergenceWorld()
{
    for (Actor *a : m_actors) {
        a->sharing.reset();
        a->device.close();
        delete a;
    }
    if (m_server)
        m_server->stop();
}

Actor &ConvergenceWorld::actor(const QString &name)
{
    for (Actor *a : m_actors) {
        if (a->name == name)
            return *a;
    }
    return *m_actors.first();
}

Actor &ConvergenceWorld::pick(bool patientOnly)
{
    return *m_actors.at(int(m_rng.bounded(patientOnly ? 3 : int(m_actors.size()))));
}

bool ConvergenceWorld::setUp()
{
    m_server = m_databaseUrl.isEmpty() ? std::make_unique<ServerProcess>()
                                       : std::make_unique<ServerProcess>(ServerProcess::createDatabase(m_databaseUrl));
    if (!m_server->start())
        return false;
    Actor &phone = actor(QStringLiteral("phone"));
    for (Actor *a : {&phone, &actor(QStringLiteral("caregiver")), &actor(QStringLiteral("gp"))}) {
        if (!a->device.create() || !a->device.connectTo(m_server->baseUrl()))
            return false;
        a->attach();
    }
    m_private = phone.device.vault->privateSpaceId();
    if (!link(phone, actor(QStringLiteral("tablet"))) || !restore(phone, actor(QStringLiteral("restored"))))
        return false;
    const QByteArray team = newSpace(phone, QStringLiteral("Care team"));
    if (team.isEmpty() || !invite(phone, actor(QStringLiteral("caregiver")), team, QStringLiteral("editor"))
        || !invite(phone, actor(QStringLiteral("gp")), team, QStringLiteral("contributor")))
        return false;
    return quiesce();
}

bool ConvergenceWorld::link(Actor &first, Actor &second)
{
    const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(FastKdf);
    auto kek = vault::Vault::derivePassphraseKey(passphrase(), kdf);
    if (!kek)
        return false;
    sync::LinkOffer offer(*first.device.vault, nullptr);
    sync::LinkAccept accept(nullptr);
    std::optional<Status> offered, accepted;
    QObject::connect(&offer, &sync::LinkOffer::codeReady, [&](const QString &code) {
        accept.start(m_server->baseUrl(), code, second.device.path(), kdf, *kek, second.name);
    });
    QObject::connect(&offer, &sync::LinkOffer::finished, [&](const Status &s) { offered = s; });
    QObject::connect(&accept, &sync::LinkAccept::finished, [&](const Status &s) { accepted = s; });
    offer.start();
    (void)QTest::qWaitFor([&] { return offered && accepted; }, 30000);
    if (!offered || !accepted || !*offered || !*accepted || !second.device.open(*kek))
        return false;
    second.attach();
    return true;
}

bool ConvergenceWorld::restore(Actor &from, Actor &fresh)
{
    if (!fresh.device.restoreFrom(m_server->baseUrl(), from.device.recoveryKey, fresh.name))
        return false;
    fresh.attach();
    return true;
}

QByteArray ConvergenceWorld::newSpace(Actor &owner, const QString &name)
{
    auto space = owner.sharing->createSpace();
    if (!space)
        return {};
    domain::SpaceInfo info;
    info.id = *space;
    info.name = name;
    info.colour = domain::SpaceInfo::colours().first();
    info.ownerName = QStringLiteral("Maria");
    auto store = owner.device.store();
    if (!store || !store->save(info))
        return {};
    SpaceModel model;
    model.id = *space;
    m_spaces.append(model);
    (void)syncOne(owner);
    return *space;
}

bool ConvergenceWorld::invite(Actor &owner, Actor &guest, const QByteArray &space, const QString &role)
{
    if (!syncOne(owner))
        return false;
    QSignalSpy created(owner.sharing.get(), &sync::Sharing::inviteCreated);
    owner.sharing->invite(space, role, QDateTime::currentDateTimeUtc().addDays(2));
    if (!firstStatus(created))
        return false;
    const QByteArray inviteId = created.first().at(1).toByteArray();
    QString code;
    for (const sync::PendingInvite &p : owner.sharing->pendingInvites()) {
        if (p.invite == inviteId)
            code = p.code;
    }
    QSignalSpy accepted(guest.sharing.get(), &sync::Sharing::inviteAccepted);
    guest.sharing->acceptInvite(code, guest.name);
    const bool ok = firstStatus(accepted)
        && QTest::qWaitFor(
            [&] {
                const QList<sync::PendingInvite> pending = owner.sharing->pendingInvites();
                return std::any_of(pending.cbegin(), pending.cend(),
                    [&](const sync::PendingInvite &p) { return p.invite == inviteId && p.accepted; });
            },
            20000);
    if (!ok) {
        owner.sharing->cancelInvite(inviteId);
        return false;
    }
    QSignalSpy confirmed(owner.sharing.get(), &sync::Sharing::inviteConfirmed);
    owner.sharing->confirmInvite(inviteId, true);
    if (!firstStatus(confirmed))
        return false;
    for (SpaceModel &s : m_spaces) {
        if (s.id == space) {
            s.roles.insert(guest.name, role);
            s.ever.insert(guest.name);
        }
    }
    return true;
}

bool ConvergenceWorld::syncOne(Actor &a)
{
    if (a.offline)
        return false;
    const SyncResult r = a.device.sync();
    noteRefused(a, r);
    if (r.status) {
        a.lastPull = m_op;
        if (a.device.engine->pendingChanges() == 0)
            a.acks.append(m_op);
    }
    return bool(r.status);
}

void ConvergenceWorld::noteRefused(Actor &a, const SyncResult &r)
{
    if (r.refused.message.isEmpty())
        return;
    note(QStringLiteral("  %1 refusals: %2").arg(a.name, r.refused.message.left(600)));
    // A change its role no longer allowed was undone on that device (the server never took
    // it): what the model expected of that goal no longer holds, only convergence does.
    for (GoalModel &g : m_goals) {
        if (r.refused.message.contains(QString::fromLatin1(g.id.toHex())))
            g.raced = true;
    }
}

QString ConvergenceWorld::roleOf(const QString &member, const QByteArray &space) const
{
    for (const SpaceModel &s : m_spaces) {
        if (s.id == space)
            return s.roles.value(member);
    }
    return {};
}

bool ConvergenceWorld::serverTakes(const Actor &a, const QByteArray &space) const
{
    if (a.patient)
        return true;
    for (const SpaceModel &s : m_spaces) {
        if (s.id != space)
            continue;
        const QString role = s.roles.value(a.name);
        return (role == QLatin1String("editor") || role == QLatin1String("contributor")) && !s.ends.contains(a.name);
    }
    return false;
}

QList<QByteArray> ConvergenceWorld::writableSpaces(Actor &a)
{
    if (a.patient) {
        QList<QByteArray> spaces {m_private};
        for (const sync::SpaceSummary &s : a.sharing->spaces()) {
            if (s.mine && !a.device.vault->keyVersions(s.id).isEmpty())
                spaces.append(s.id);
        }
        return spaces;
    }
    QList<QByteArray> spaces;
    for (const sync::SpaceSummary &s : a.sharing->spaces()) {
        if (!s.mine && !s.removed && (s.role == QLatin1String("editor") || s.role == QLatin1String("contributor")))
            spaces.append(s.id);
    }
    return spaces;
}

bool ConvergenceWorld::known(int index, const QString &by, const Actor &to) const
{
    if (by == to.name)
        return true;
    const Actor &from = const_cast<ConvergenceWorld *>(this)->actor(by);
    return std::any_of(from.acks.cbegin(), from.acks.cend(), [&](int ack) { return ack > index && ack < to.lastPull; });
}

bool ConvergenceWorld::touch(GoalModel &g, const Actor &a)
{
    const bool raced = std::any_of(g.touches.cbegin(), g.touches.cend(),
        [&](const std::pair<int, QString> &t) { return !known(t.first, t.second, a); });
    g.touches.append({m_op, a.name});
    g.raced = g.raced || raced;
    return raced;
}

const domain::Goal *ConvergenceWorld::someGoal(domain::CareStore &store)
{
    const QList<domain::Goal> goals = store.goals();
    if (goals.isEmpty())
        return nullptr;
    return store.goal(goals.at(int(m_rng.bounded(int(goals.size())))).id);
}

void ConvergenceWorld::run(int ops)
{
    // Weights of the operations; "sync" is the most common, as devices sync often.
    const QList<std::pair<int, void (ConvergenceWorld::*)()>> table {{6, &ConvergenceWorld::opCreate},
        {6, &ConvergenceWorld::opEdit}, {2, &ConvergenceWorld::opDelete}, {3, &ConvergenceWorld::opMove},
        {1, &ConvergenceWorld::opNewSpace}, {1, &ConvergenceWorld::opInvite}, {2, &ConvergenceWorld::opRole},
        {1, &ConvergenceWorld::opRevoke}, {2, &ConvergenceWorld::opNetwork}, {2, &ConvergenceWorld::opKill},
        {10, nullptr}};
    int total = 0;
    for (const auto &entry : table)
        total += entry.first;
    for (m_op = 1; m_op <= ops; ++m_op) {
        int roll = int(m_rng.bounded(total));
        for (const auto &entry : table) {
            if ((roll -= entry.first) >= 0)
                continue;
            if (entry.second) {
                (this->*entry.second)();
            } else {
                Actor &a = pick();
                const bool ok = syncOne(a);
                note(QStringLiteral("%1 sync %2: %3")
                         .arg(m_op)
                         .arg(a.name, ok ? QStringLiteral("ok") : QStringLiteral("failed")));
            }
            break;
        }
    }
}

void ConvergenceWorld::opCreate()
{
    Actor &a = pick();
    const QList<QByteArray> spaces = writableSpaces(a);
    if (spaces.isEmpty())
        return note(QStringLiteral("%1 create on %2: no space to write").arg(m_op).arg(a.name));
    const QByteArray space = spaces.at(int(m_rng.bounded(int(spaces.size()))));
    domain::Goal goal = sampleGoal(QStringLiteral("c%1").arg(m_op));
    goal.target.text = QStringLiteral("o%1").arg(m_op);
    goal.lastChangedBy = actedBy(a);
    auto store = a.device.store();
    const Status saved = store ? store->saveInSpace(goal, space) : Status(Error {ErrorCode::Io, QString()});
    note(QStringLiteral("%1 create %2 on %3 in %4: %5")
             .arg(m_op)
             .arg(hex(goal.id), a.name, hex(space), saved ? QStringLiteral("ok") : saved.error().message));
    if (!saved)
        return;
    // A write made on a stale view of a role the server no longer grants is undone there, and
    // its report can die with a round that is killed: only convergence is pinned for it.
    GoalModel g {goal.id, goal.target.text, a.name, space, goal.whatMattersToMe.text, false, m_op,
        !serverTakes(a, space), {}, {}};
    g.texts.insert(g.text);
    g.touches.append({m_op, a.name});
    m_goals.insert(goal.id, g);
}

void ConvergenceWorld::opEdit()
{
    Actor &a = pick();
    auto store = a.device.store();
    const domain::Goal *held = store ? someGoal(*store) : nullptr;
    if (!held || !m_goals.contains(held->id))
        return note(QStringLiteral("%1 edit on %2: nothing to edit").arg(m_op).arg(a.name));
    const QByteArray space = store->spaceOf(held->id);
    GoalModel &g = m_goals[held->id];
    if (!a.patient) {
        const QString role = roleOf(a.name, space);
        const QList<QByteArray> writable = writableSpaces(a);
        // Honest clients only: a contributor edits what it wrote (docs/sync-protocol.md "Roles").
        if (!writable.contains(space) || (role != QLatin1String("editor") && g.creator != a.name))
            return note(QStringLiteral("%1 edit on %2: role does not allow").arg(m_op).arg(a.name));
    }
    domain::Goal edited = *held;
    edited.whatMattersToMe.text = QStringLiteral("e%1").arg(m_op);
    edited.lastChangedBy = actedBy(a);
    const Status saved = store->save(edited);
    note(
        QStringLiteral("%1 edit %2 on %3 to %4: %5")
            .arg(m_op)
            .arg(hex(g.id), a.name, edited.whatMattersToMe.text, saved ? QStringLiteral("ok") : saved.error().message));
    if (!saved)
        return;
    touch(g, a);
    g.raced = g.raced || !serverTakes(a, space);
    g.texts.insert(edited.whatMattersToMe.text);
    g.text = edited.whatMattersToMe.text;
    g.deleted = false;
}

void ConvergenceWorld::opDelete()
{
    Actor &a = pick(true);
    auto store = a.device.store();
    const domain::Goal *held = store ? someGoal(*store) : nullptr;
    if (!held || !m_goals.contains(held->id))
        return note(QStringLiteral("%1 delete on %2: nothing to delete").arg(m_op).arg(a.name));
    GoalModel &g = m_goals[held->id];
    const Status removed = store->remove(g.id);
    note(QStringLiteral("%1 delete %2 on %3: %4")
             .arg(m_op)
             .arg(hex(g.id), a.name, removed ? QStringLiteral("ok") : removed.error().message));
    if (!removed)
        return;
    touch(g, a);
    g.deleted = true;
}

void ConvergenceWorld::opMove()
{
    Actor &a = pick(true);
    auto store = a.device.store();
    const domain::Goal *held = store ? someGoal(*store) : nullptr;
    const QList<QByteArray> spaces = writableSpaces(a);
    if (!held || !m_goals.contains(held->id))
        return note(QStringLiteral("%1 move on %2: nothing to move").arg(m_op).arg(a.name));
    GoalModel &g = m_goals[held->id];
    const QByteArray to = spaces.at(int(m_rng.bounded(int(spaces.size()))));
    const Status moved = store->moveToSpace(g.id, to);
    note(QStringLiteral("%1 move %2 on %3 to %4: %5")
             .arg(m_op)
             .arg(hex(g.id), a.name, hex(to), moved ? QStringLiteral("ok") : moved.error().message));
    if (!moved)
        return;
    touch(g, a);
    g.space = to;
}

void ConvergenceWorld::opNewSpace()
{
    Actor &a = pick(true);
    const QString name = QStringLiteral("Space %1").arg(m_op);
    const QByteArray space = newSpace(a, name);
    note(QStringLiteral("%1 new space %2 on %3: %4").arg(m_op).arg(hex(space), a.name, name));
}

void ConvergenceWorld::opInvite()
{
    Actor &guest = actor(m_rng.bounded(2) ? QStringLiteral("caregiver") : QStringLiteral("gp"));
    QList<QByteArray> open;
    for (const SpaceModel &s : m_spaces) {
        if (!s.ever.contains(guest.name))
            open.append(s.id);
    }
    if (open.isEmpty())
        return note(QStringLiteral("%1 invite %2: no space left").arg(m_op).arg(guest.name));
    const QByteArray space = open.at(int(m_rng.bounded(int(open.size()))));
    const QString role = guest.name == QLatin1String("gp") ? QStringLiteral("contributor") : QStringLiteral("editor");
    Actor &owner = pick(true);
    const bool ok = !owner.offline && !guest.offline && invite(owner, guest, space, role);
    note(QStringLiteral("%1 invite %2 as %3 to %4 by %5: %6")
             .arg(m_op)
             .arg(guest.name, role, hex(space), owner.name, ok ? QStringLiteral("ok") : QStringLiteral("failed")));
}

void ConvergenceWorld::opRole()
{
    Actor &owner = pick(true);
    SpaceModel &s = m_spaces[int(m_rng.bounded(int(m_spaces.size())))];
    if (s.roles.isEmpty() || owner.offline)
        return note(QStringLiteral("%1 role change in %2: nobody to change").arg(m_op).arg(hex(s.id)));
    const QString member = s.roles.keys().at(int(m_rng.bounded(int(s.roles.size()))));
    const QString writer = member == QLatin1String("gp") ? QStringLiteral("contributor") : QStringLiteral("editor");
    const QString role = s.roles.value(member) == writer ? QStringLiteral("viewer") : writer;
    // One change in four gives an end date that passes during the run.
    const QDateTime end = m_rng.bounded(4) == 0 ? QDateTime::currentDateTimeUtc().addMSecs(1500) : QDateTime();
    (void)syncOne(owner);
    QSignalSpy changed(owner.sharing.get(), &sync::Sharing::membershipChanged);
    owner.sharing->setMembership(s.id, actor(member).account(), role, end);
    const Status status = firstStatus(changed);
    note(QStringLiteral("%1 role of %2 in %3 to %4%5 by %6: %7")
             .arg(m_op)
             .arg(member, hex(s.id), role, end.isValid() ? QStringLiteral(" ending soon") : QString(), owner.name,
                 status ? QStringLiteral("ok") : status.error().message));
    if (!status)
        return;
    s.roles.insert(member, role);
    if (end.isValid())
        s.ends.insert(member, end);
    if (end.isValid() || role == QLatin1String("viewer"))
        unpinUnacked(member, s.id);
}

void ConvergenceWorld::opRevoke()
{
    Actor &owner = pick(true);
    SpaceModel &s = m_spaces[int(m_rng.bounded(int(m_spaces.size())))];
    if (s.roles.isEmpty() || owner.offline)
        return note(QStringLiteral("%1 revoke in %2: nobody to remove").arg(m_op).arg(hex(s.id)));
    const QString member = s.roles.keys().at(int(m_rng.bounded(int(s.roles.size()))));
    (void)syncOne(owner);
    QSignalSpy changed(owner.sharing.get(), &sync::Sharing::membershipChanged);
    owner.sharing->revoke(s.id, actor(member).account());
    const Status status = firstStatus(changed);
    note(QStringLiteral("%1 revoke %2 from %3 by %4: %5")
             .arg(m_op)
             .arg(member, hex(s.id), owner.name, status ? QStringLiteral("ok") : status.error().message));
    if (!status)
        return;
    s.roles.remove(member);
    s.removed.insert(member);
    unpinUnacked(member, s.id);
}

void ConvergenceWorld::unpinUnacked(const QString &member, const QByteArray &space)
{
    const Actor &a = actor(member);
    const int acked = a.acks.isEmpty() ? 0 : a.acks.last();
    for (GoalModel &g : m_goals) {
        if (g.space == space
            && std::any_of(g.touches.cbegin(), g.touches.cend(),
                [&](const std::pair<int, QString> &t) { return t.second == member && t.first >= acked; }))
            g.raced = true;
    }
}

void ConvergenceWorld::opNetwork()
{
    if (m_rng.bounded(2) == 0) {
        const bool up = m_server->isRunning();
        const bool ok = up ? m_server->stop() : m_server->start();
        return note(QStringLiteral("%1 server %2: %3")
                        .arg(m_op)
                        .arg(up ? QStringLiteral("cut") : QStringLiteral("healed"),
                            ok ? QStringLiteral("ok") : QStringLiteral("failed")));
    }
    Actor &a = pick();
    a.offline = !a.offline;
    note(QStringLiteral("%1 %2 %3")
             .arg(m_op)
             .arg(a.name, a.offline ? QStringLiteral("offline") : QStringLiteral("online")));
}

void ConvergenceWorld::opKill()
{
    Actor &a = pick();
    const int after = int(m_rng.bounded(60));
    if (!a.offline) {
        a.device.engine->syncNow();
        QTest::qWait(after);
    }
    const bool ok = a.crashAndReopen();
    note(QStringLiteral("%1 kill %2 %3 ms into a round: %4")
             .arg(m_op)
             .arg(a.name)
             .arg(after)
             .arg(ok ? QStringLiteral("reopened") : QStringLiteral("does not reopen")));
}

bool ConvergenceWorld::quiesce()
{
    if (!m_server->isRunning() && !m_server->start())
        return false;
    for (Actor *a : m_actors)
        a->offline = false;
    // End dates given during the run pass before the heal, so the owner's devices act on them.
    QDateTime last;
    for (const SpaceModel &s : std::as_const(m_spaces)) {
        for (const QDateTime &end : s.ends)
            last = std::max(last, end);
    }
    const qint64 wait = last.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(last) + 100 : 0;
    if (wait > 0)
        QTest::qWait(int(wait));
    for (int round = 0; round < 10; ++round) {
        bool still = false;
        for (Actor *a : m_actors) {
            const SyncResult r = a->device.sync();
            noteRefused(*a, r);
            if (r.status && a->device.engine->pendingChanges() == 0)
                a->acks.append(m_op + 1);
            if (round == 9 && (!r.status || r.pushed != 0 || r.pulled != 0))
                note(QStringLiteral("heal: %1 still moves (%2 pushed, %3 pulled): %4")
                         .arg(a->name)
                         .arg(r.pushed)
                         .arg(r.pulled)
                         .arg(r.status ? QStringLiteral("ok") : r.status.error().message));
            still = still || !r.status || r.pushed != 0 || r.pulled != 0 || a->device.engine->pendingChanges() != 0;
        }
        if (!still)
            return true;
    }
    return false;
}

QStringList ConvergenceWorld::check()
{
    QStringList out;
    QHash<QString, QMap<QByteArray, QString>> states;
    for (Actor *a : m_actors)
        states.insert(a->name, stateOf(*a));
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QHash<QString, QByteArray> origins;
        for (auto r = it->cbegin(); r != it->cend(); ++r) {
            if (r->startsWith(QLatin1String("damaged")))
                out.append(QStringLiteral("%1 holds %2 %3").arg(it.key(), hex(r.key()), *r));
            const QString origin = r->section(QLatin1Char('|'), 3, 3);
            if (!origin.isEmpty() && origins.contains(origin))
                out.append(QStringLiteral("%1 holds %2 twice (%3, %4)")
                               .arg(it.key(), origin, hex(origins.value(origin)), hex(r.key())));
            origins.insert(origin, r.key());
        }
    }
    checkAccount(out, states);
    checkMembers(out, states);
    checkModel(out, states.value(QStringLiteral("phone")));
    return out;
}

void ConvergenceWorld::checkAccount(QStringList &out, const QHash<QString, QMap<QByteArray, QString>> &states)
{
    const QMap<QByteArray, QString> &phone = states[QStringLiteral("phone")];
    for (const QString &other : {QStringLiteral("tablet"), QStringLiteral("restored")}) {
        const QMap<QByteArray, QString> &theirs = states[other];
        QSet<QByteArray> ids(phone.keyBegin(), phone.keyEnd());
        ids.unite(QSet<QByteArray>(theirs.keyBegin(), theirs.keyEnd()));
        for (const QByteArray &id : ids) {
            if (phone.value(id) == theirs.value(id))
                continue;
            out.append(
                QStringLiteral("%1: phone holds '%2', %3 '%4'").arg(hex(id), phone.value(id), other, theirs.value(id)));
            for (const QString &name : {QStringLiteral("phone"), QStringLiteral("tablet"), QStringLiteral("restored")})
                out.append(QStringLiteral("  %1's vault: %2").arg(name, vaultRow(actor(name), id)));
        }
    }
}

QString ConvergenceWorld::vaultRow(Actor &a, const QByteArray &id)
{
    // What the vault holds of a diverging record, for the history: its row and a held departure.
    vault::Vault &v = *a.device.vault;
    const auto states = v.syncStates({id});
    QString row = QStringLiteral("no row");
    if (const auto state = states.constFind(id); state != states.cend()) {
        const auto opened = v.get(id);
        row = QStringLiteral("in %1, %2, %3, server seq %4")
                  .arg(hex(state->spaceId),
                      opened && opened->header.deleted ? QStringLiteral("deleted") : QStringLiteral("live"),
                      state->dirty ? QStringLiteral("dirty") : QStringLiteral("clean"))
                  .arg(state->serverSeq);
    }
    for (const vault::IncomingRecord &held : v.heldDepartures()) {
        auto header = protocol::sealedrecord::parseHeader(held.sealed);
        if (header && header->recordId == id)
            row += QStringLiteral("; a departure from %1 held").arg(hex(header->spaceId));
    }
    for (const QByteArray &space : v.departureSpaces()) {
        if (v.hasDeparture(space, id))
            row += QStringLiteral("; a departure to %1 queued").arg(hex(space));
    }
    return row;
}

void ConvergenceWorld::checkMembers(QStringList &out, const QHash<QString, QMap<QByteArray, QString>> &states)
{
    const QMap<QByteArray, QString> &phone = states[QStringLiteral("phone")];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &member : {QStringLiteral("caregiver"), QStringLiteral("gp")}) {
        const QMap<QByteArray, QString> &theirs = states[member];
        QSet<QString> allowed;
        for (const SpaceModel &s : m_spaces) {
            if (s.ever.contains(member))
                allowed.insert(hex(s.id));
            const bool current = s.roles.contains(member) && (!s.ends.contains(member) || s.ends.value(member) > now);
            if (!current)
                continue;
            // A current member holds exactly what the owner holds in that space.
            for (auto it = phone.cbegin(); it != phone.cend(); ++it) {
                if (it->startsWith(QLatin1String("goal|")) && spaceField(*it) == hex(s.id)
                    && theirs.value(it.key()) != *it)
                    out.append(QStringLiteral("%1: phone holds '%2', %3 '%4'")
                                   .arg(hex(it.key()), *it, member, theirs.value(it.key())));
            }
            for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
                if (spaceField(*it) == hex(s.id) && !phone.contains(it.key()))
                    out.append(QStringLiteral("%1: %2 holds '%3', the phone nothing").arg(hex(it.key()), member, *it));
            }
        }
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            if (it->startsWith(QLatin1String("goal|")) && !allowed.contains(spaceField(*it)))
                out.append(
                    QStringLiteral("%1: %2 holds '%3' of a space it never joined").arg(hex(it.key()), member, *it));
        }
    }
}

void ConvergenceWorld::checkModel(QStringList &out, const QMap<QByteArray, QString> &phone)
{
    for (const GoalModel &g : std::as_const(m_goals)) {
        const QString held = phone.value(g.id);
        if (!held.isEmpty()) {
            const QString text = held.section(QLatin1Char('|'), 2, 2);
            if (!g.texts.contains(text) || held.section(QLatin1Char('|'), 3, 3) != g.origin)
                out.append(QStringLiteral("%1: the phone holds '%2', never written").arg(hex(g.id), held));
        }
        const auto &[last, by] = g.touches.last();
        const Actor &writer = const_cast<ConvergenceWorld *>(this)->actor(by);
        const bool acknowledged = writer.patient
            || std::any_of(writer.acks.cbegin(), writer.acks.cend(), [last = last](int ack) { return ack > last; });
        // Concurrent writes, or a member's write its server never took: only convergence is pinned.
        if (g.raced || !acknowledged)
            continue;
        const QString expected = QStringLiteral("goal|%1|%2|%3").arg(hex(g.space), g.text, g.origin);
        if (g.deleted && !held.isEmpty())
            out.append(QStringLiteral("%1: deleted, yet the phone holds '%2'").arg(hex(g.id), held));
        else if (!g.deleted && held != expected)
            out.append(QStringLiteral("%1: lost: expected '%2', the phone holds '%3'").arg(hex(g.id), expected, held));
    }
}

} // namespace cc::testing
