// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/codelabels.h"

#include "domain/codelabels.h"

#include <QCoreApplication>
#include <QEvent>

namespace cc::app {

CodeLabels::CodeLabels(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool CodeLabels::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        ++m_revision;
        emit revisionChanged();
    }
    return QObject::eventFilter(watched, event);
}

QString CodeLabels::role(const QString &code) const
{
    return domain::codelabels::role(code);
}

QString CodeLabels::domain(const QString &code) const
{
    return domain::codelabels::domain(code);
}

QString CodeLabels::goalKind(const QString &code) const
{
    return domain::codelabels::goalKind(code);
}

QString CodeLabels::goalStatus(const QString &code) const
{
    return domain::codelabels::goalStatus(code);
}

QString CodeLabels::achievement(const QString &code) const
{
    return domain::codelabels::achievement(code);
}

QString CodeLabels::activityKind(const QString &code) const
{
    return domain::codelabels::activityKind(code);
}

QString CodeLabels::activityStatus(const QString &code) const
{
    return domain::codelabels::activityStatus(code);
}

QString CodeLabels::planStatus(const QString &code) const
{
    return domain::codelabels::planStatus(code);
}

QString CodeLabels::colour(const QString &code) const
{
    return domain::codelabels::colour(code);
}

QString CodeLabels::permission(const QString &code) const
{
    return domain::codelabels::permission(code);
}

} // namespace cc::app
