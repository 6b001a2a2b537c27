// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session.h"

#include "domain/carestore.h"

#include <QCoreApplication>
#include <QEvent>
#include <QScopedValueRollback>

namespace cc::app {

Session::Session(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    // Sent once the new translator is installed, so a re-read gets the new words.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && m_store)
        Q_EMIT languageChanged();
    return QObject::eventFilter(watched, event);
}

void Session::setStore(domain::CareStore *store)
{
    if (store == m_store)
        return;
    if (!store)
        closeCircle(); // a lock closes a patient's circle too: nothing of hers stays in view
    m_store = store;
    Q_EMIT storeChanged();
}

void Session::openCircle(domain::CareStore *store, Circle circle)
{
    if (!m_store || !store)
        return;
    const bool same = store == m_circleStore && circle.owner == m_circle.owner && circle.spaceRole == m_circle.spaceRole
        && circle.actor == m_circle.actor;
    if (same)
        return;
    m_circleStore = store;
    m_circle = std::move(circle);
    Q_EMIT circleChanged();
}

void Session::closeCircle()
{
    if (!m_circleStore)
        return;
    m_circleStore = nullptr;
    m_circle = {};
    Q_EMIT circleChanged();
}

bool Session::mayEdit() const
{
    return !m_circleStore || m_circle.spaceRole == QLatin1String("editor");
}

bool Session::mayAdd() const
{
    return mayEdit() || m_circle.spaceRole == QLatin1String("contributor");
}

QString Session::actorLabel(const domain::Actor &actor, const domain::CareStore *store)
{
    if (actor.isEmpty())
        return {};
    // The patient: her own name on her devices, the name she gave her spaces elsewhere.
    QString patient = store && store->profile() ? store->profile()->preferredName.trimmed() : QString();
    if (store) {
        for (const domain::SpaceInfo &info : store->spaceInfos()) {
            if (patient.isEmpty())
                patient = info.ownerName.trimmed();
        }
    }
    if (patient.isEmpty())
        return actor.name;
    return tr("%1 for %2", "@label who acted (1) for which patient (2), e.g. Els Peeters for Maria")
        .arg(actor.name, patient);
}

QString Session::refusal()
{
    return tr("Your role in this person's care does not allow this change.", "@info");
}

void Session::notifyChanged()
{
    // Also when a view writes while it hears of records read or received.
    const QScopedValueRollback writing(m_announcingWrites, true);
    emitPending();
}

void Session::emitPending()
{
    if (!m_store)
        return;
    const domain::ChangeSet changes = m_store->takeChanges();
    if (!changes.isEmpty())
        Q_EMIT dataChanged(changes);
    if (m_circleStore) {
        const domain::ChangeSet circleChanges = m_circleStore->takeChanges();
        if (!circleChanges.isEmpty())
            Q_EMIT dataChanged(circleChanges);
    }
}

void Session::announce(const domain::ChangeSet &changes)
{
    if (m_store && !changes.isEmpty())
        Q_EMIT dataChanged(changes);
}

void Session::notifyReceived(const QList<QByteArray> &ids)
{
    if (!m_store || ids.isEmpty())
        return;
    const QScopedValueRollback received(m_announcingWrites, false);
    Q_EMIT recordsReceived(ids);
    emitPending();
}

void Session::notifyRead()
{
    const QScopedValueRollback read(m_announcingWrites, false);
    emitPending();
}

} // namespace cc::app
