// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/checkinhistoryshare.h"

#include "app/session/session.h"
#include "app/sharing/sharinghex.h"
#include "domain/carestore.h"
#include "domain/ownspaces.h"
#include "vault/vault.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::app {

using namespace sharinghex;

namespace {

QString locked()
{
    return QCoreApplication::translate("cc::app::SharingController", "The vault is locked.");
}

QString noneSince()
{
    return CheckInHistoryShare::tr("You have no private check-ins since that day.", "@info error");
}

} // namespace

CheckInHistoryShare::CheckInHistoryShare(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    // An undo offered before a lock must not survive into another session.
    connect(m_session, &Session::storeChanged, this, &CheckInHistoryShare::dismissUndo);
}

void CheckInHistoryShare::dismissUndo()
{
    if (m_moved.isEmpty())
        return;
    m_moved.clear();
    m_space.clear();
    Q_EMIT changed();
}

QByteArray CheckInHistoryShare::targetSpace(const QString &spaceId) const
{
    const domain::CareStore *s = m_session->store();
    const QByteArray space = unhex(spaceId);
    if (!s || space == s->vault().privateSpaceId() || !s->vault().ownsSpace(space) || !s->spaceInfo(space))
        return {};
    return space;
}

QList<QByteArray> CheckInHistoryShare::candidates(QDate since) const
{
    const domain::CareStore *s = m_session->store();
    if (!s || !since.isValid())
        return {};
    const QByteArray privateSpace = s->vault().privateSpaceId();
    // The patient means her own calendar day, so the day starts in local time.
    const QDateTime from = since.startOfDay();
    QList<const domain::CheckIn *> found;
    for (const domain::CheckIn &c : s->checkInsById()) {
        // Her own caregiver check-ins are not her check-in history as a patient: they reach
        // someone only through a space she chooses for them herself.
        if (c.time >= from && s->spaceOf(c.id) == privateSpace && !c.isCaregiverCheckIn())
            found.append(&c);
    }
    std::sort(found.begin(), found.end(), [](const domain::CheckIn *a, const domain::CheckIn *b) {
        return a->time != b->time ? a->time < b->time : a->id < b->id;
    });
    QList<QByteArray> ids;
    for (const domain::CheckIn *c : std::as_const(found))
        ids.append(c->id);
    return ids;
}

Result<std::pair<QByteArray, QList<QByteArray>>> CheckInHistoryShare::sharable(
    const QString &spaceId, const QString &sinceIsoDate) const
{
    domain::CareStore *s = m_session->store();
    if (!s)
        return Error {ErrorCode::Locked, locked()};
    const QByteArray space = targetSpace(spaceId);
    if (space.isEmpty()) {
        return Error {ErrorCode::NotFound,
            QCoreApplication::translate("cc::app::SharingController", "That space no longer exists.")};
    }
    const QDate since = QDate::fromString(sinceIsoDate, Qt::ISODate);
    if (!since.isValid())
        return Error {ErrorCode::InvalidInput, tr("Enter the day from which to share your check-ins.", "@info error")};
    // Every check-in since that day, also those an unlock has not read yet (the views hear
    // of them at the next turn): the count the person confirms is the count that moves.
    if (Status all = s->finishLoading(); !all)
        return all.error();
    return std::pair {space, candidates(since)};
}

int CheckInHistoryShare::countSince(const QString &spaceId, const QString &sinceIsoDate) const
{
    const auto found = sharable(spaceId, sinceIsoDate);
    return found ? int(found->second.size()) : -1;
}

QVariantMap CheckInHistoryShare::checkSince(const QString &spaceId, const QString &sinceIsoDate) const
{
    const auto found = sharable(spaceId, sinceIsoDate);
    QString error;
    if (!found)
        error = found.error().message;
    else if (found->second.isEmpty())
        error = noneSince();
    const int count = found && error.isEmpty() ? int(found->second.size()) : 0;
    return {{QStringLiteral("count"), count}, {QStringLiteral("error"), error}};
}

QString CheckInHistoryShare::shareSince(const QString &spaceId, const QString &sinceIsoDate)
{
    domain::CareStore *s = m_session->store();
    const auto found = sharable(spaceId, sinceIsoDate);
    if (!found)
        return found.error().message;
    const auto &[space, ids] = *found;
    if (ids.isEmpty())
        return noneSince();
    m_moved.clear();
    m_space = space;
    QString error;
    for (const QByteArray &id : ids) {
        // Each move is one change of its own; one that fails leaves the others shared, and
        // Undo still brings back the ones that moved.
        if (Status moved = domain::ownspaces::moveRecord(*s, id, space); !moved) {
            error = moved.error().message;
            break;
        }
        m_moved.append(id);
    }
    m_session->notifyChanged();
    Q_EMIT changed();
    return error;
}

QString CheckInHistoryShare::undo()
{
    domain::CareStore *s = m_session->store();
    if (!s)
        return locked();
    const QByteArray privateSpace = s->vault().privateSpaceId();
    QString error;
    qsizetype done = 0;
    for (; done < m_moved.size(); ++done) {
        const QByteArray &id = m_moved.at(done);
        // One she moved on by hand since (to another space) stays where she put it.
        if (s->spaceOf(id) != m_space)
            continue;
        if (Status back = s->moveToSpace(id, privateSpace); !back) {
            error = back.error().message;
            break;
        }
    }
    // After a failure the ones not yet back can still be undone (Undo stays offered).
    m_moved.remove(0, done);
    if (m_moved.isEmpty())
        m_space.clear();
    m_session->notifyChanged();
    Q_EMIT changed();
    return error;
}

} // namespace cc::app
