// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The convergence checker's world (tst_convergence.cpp, docs/architecture.md "Tests"): one
// real carecircle-server, a patient with three devices (phone, linked tablet, a device
// restored from the recovery key), a caregiver and a GP, a model of what each operation
// meant, and the checks run once everything is healed and synced to quiescence.
#include "serverprocess.h"
#include "sync/sharing.h"
#include "syncdevice.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <memory>

namespace cc::testing {

/** One device taking part: its vault and engine, and the sharing API on it. */
struct Actor {
    QString name;
    bool patient = false;
    Device device;
    std::unique_ptr<sync::Sharing> sharing;
    bool offline = false; ///< no round runs while set (a device out of reach)
    int lastPull = -1; ///< operation index of its newest successful round
    QList<int> acks; ///< operation indices of rounds that left nothing pending

    QByteArray account() const { return device.vault->accountId(); }
    void attach();
    /** Drops engine, sharing and vault as a kill -9 between two events would, and opens
     *  the vault again from disk. */
    bool crashAndReopen();
};

/** What the model knows of one goal. */
struct GoalModel {
    QByteArray id;
    QString origin; ///< the goal's target text: set at creation, never edited (finds duplicates)
    QString creator; ///< actor name
    QByteArray space; ///< space of the newest successful create or move
    QString text; ///< newest allowed write's text
    bool deleted = false; ///< the newest operation on it was a delete
    int createdAt = 0; ///< operation index
    bool raced = false; ///< two operations on it were concurrent: only convergence is pinned
    QList<std::pair<int, QString>> touches; ///< (operation index, actor) of each write
    QSet<QString> texts; ///< every text ever written to it
};

/** A shared space as the owner's phone made it: who is in it with which role. */
struct SpaceModel {
    QByteArray id;
    QMap<QString, QString> roles; ///< member actor name → role ("editor", …), current
    QSet<QString> removed; ///< member actor names removed (never invited again)
    QHash<QString, QDateTime> ends; ///< end dates given (a member past it counts as removed)
    QSet<QString> ever; ///< every member actor name it ever had
};

/** A seeded run: setup, @p ops random operations, heal, quiesce, check. */
class ConvergenceWorld
{
public:
    ConvergenceWorld(quint32 seed, QString databaseUrl);
    ~ConvergenceWorld();

    /** Server, five devices, a shared space with the caregiver (editor) and GP (contributor). */
    bool setUp();
    void run(int ops);
    /** Restarts the server if down and syncs every device until a full round moves nothing. */
    bool quiesce();
    /** Every divergence found, in words; empty when the run converged. */
    QStringList check();
    /** The operations applied, one a line, for a failing seed. */
    QString history() const { return m_history.join(QLatin1Char('\n')); }

private:
    void note(const QString &line) { m_history.append(line); }
    Actor &pick(bool patientOnly = false);
    Actor &actor(const QString &name);
    bool syncOne(Actor &a);
    /** Takes in the refusals a round of @p a reported. */
    void noteRefused(Actor &a, const SyncResult &r);
    bool link(Actor &first, Actor &second);
    bool restore(Actor &from, Actor &fresh);
    QByteArray newSpace(Actor &owner, const QString &name);
    bool invite(Actor &owner, Actor &guest, const QByteArray &space, const QString &role);
    bool waitMembership(Actor &owner);

    void opCreate();
    void opEdit();
    void opDelete();
    void opMove();
    void opNewSpace();
    void opInvite();
    void opRole();
    void opRevoke();
    void opNetwork();
    void opKill();

    /** Did @p to see operation @p index of @p by (pushed, then pulled) before now? */
    bool known(int index, const QString &by, const Actor &to) const;
    /** Notes a write on @p g by @p a; true if it raced an operation @p a had not seen. */
    bool touch(GoalModel &g, const Actor &a);
    /** A goal @p a holds, at random (nullptr if none). */
    const domain::Goal *someGoal(domain::CareStore &store);
    /** The spaces @p a can write a goal into, per its own view. */
    QList<QByteArray> writableSpaces(Actor &a);
    QString roleOf(const QString &member, const QByteArray &space) const;
    /** Whether the server takes @p a's writes in @p space now (the model's roles, not the
     *  device's view): owner, or editor/contributor with no end date given. */
    bool serverTakes(const Actor &a, const QByteArray &space) const;
    /** @p member lost the right to write in @p space: its writes there that the server has not
     *  taken yet may be refused and undone (the report can die with a killed round), so the
     *  model pins only convergence for them. */
    void unpinUnacked(const QString &member, const QByteArray &space);
    void checkAccount(QStringList &out, const QHash<QString, QMap<QByteArray, QString>> &states);
    /** How @p a's vault holds record @p id (space, deleted, dirty, departures), for a report. */
    QString vaultRow(Actor &a, const QByteArray &id);
    void checkMembers(QStringList &out, const QHash<QString, QMap<QByteArray, QString>> &states);
    void checkModel(QStringList &out, const QMap<QByteArray, QString> &phone);

    quint32 m_seed;
    QRandomGenerator m_rng;
    QString m_databaseUrl;
    std::unique_ptr<ServerProcess> m_server;
    QList<Actor *> m_actors;
    QByteArray m_private;
    QList<SpaceModel> m_spaces;
    QHash<QByteArray, GoalModel> m_goals;
    QStringList m_history;
    int m_op = 0;
};

} // namespace cc::testing
