// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session.h"

#include "domain/carestore.h"

#include <QCoreApplication>
#include <QEvent>

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
    m_store = store;
    Q_EMIT storeChanged();
}

void Session::notifyChanged()
{
    if (!m_store)
        return;
    const domain::ChangeSet changes = m_store->takeChanges();
    if (!changes.isEmpty())
        Q_EMIT dataChanged(changes);
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
    Q_EMIT recordsReceived(ids);
    notifyChanged();
}

} // namespace cc::app
