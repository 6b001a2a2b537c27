// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/workspaceitemmodel.h"

#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/codes.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::app {

WorkspaceItemModel::WorkspaceItemModel(Kind kind, QObject *parent)
    : RowModel(
        {"recordId", "headline", "subtitle", "category", "status", "time", "flagged", "answers", "comments"}, parent),
      m_kind(kind)
{ }

QVariantList WorkspaceItemModel::commentsOn(
    const domain::CareStore &store, const QByteArray &targetId, const QByteArray &myAccount)
{
    QList<domain::Comment> comments;
    for (const domain::Comment &c : store.comments()) {
        if (c.targetId == targetId)
            comments.append(c);
    }
    std::sort(comments.begin(), comments.end(),
        [](const domain::Comment &a, const domain::Comment &b) { return a.time < b.time; });
    QVariantList list;
    for (const domain::Comment &c : std::as_const(comments)) {
        const domain::careteamrules::Author author = domain::careteamrules::authorOf(store, c);
        QString name = author.name;
        const QString &role = author.role;
        if (name.isEmpty())
            name =
                QCoreApplication::translate("WorkspaceItemModel", "Someone in the care circle", "@info comment author");
        list.append(QVariantMap {{QStringLiteral("authorName"), name}, {QStringLiteral("authorRole"), role},
            {QStringLiteral("text"), c.text.text}, {QStringLiteral("time"), c.time.toLocalTime()},
            {QStringLiteral("mine"), !myAccount.isEmpty() && c.authorAccount == myAccount}});
    }
    return list;
}

void WorkspaceItemModel::reload(
    const domain::CareStore *store, const domain::AttentionFlags &flags, const QByteArray &myAccount)
{
    QList<Row> rows;
    if (!store) {
        m_rows.set({});
        return;
    }
    const auto hex = [](const QByteArray &id) { return QString::fromLatin1(id.toHex()); };
    switch (m_kind) {
    case Goals: {
        QList<domain::Goal> goals = store->goals();
        const auto closed = [](const domain::Goal &g) {
            return g.status == QLatin1String("completed") || g.status == QLatin1String("cancelled");
        };
        std::sort(goals.begin(), goals.end(), [&](const domain::Goal &a, const domain::Goal &b) {
            if (closed(a) != closed(b))
                return !closed(a);
            return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
        });
        for (const domain::Goal &g : std::as_const(goals)) {
            const bool flagged = std::any_of(flags.worseningGoals.cbegin(), flags.worseningGoals.cend(),
                [&](const domain::AttentionFlags::GoalFlag &f) { return f.goalId == g.id; });
            rows.append({hex(g.id), g.whatMattersToMe.isEmpty() ? g.target.text : g.whatMattersToMe.text,
                g.whatMattersToMe.isEmpty() ? QString() : g.target.text, g.domain, g.achievement,
                g.targetDate.isValid() ? g.targetDate.startOfDay() : QDateTime(), flagged, QVariantList(),
                commentsOn(*store, g.id, myAccount)});
        }
        break;
    }
    case Activities: {
        QList<domain::Activity> activities = store->activities();
        const auto done = [](const domain::Activity &a) {
            return a.status == QLatin1String("done") || a.status == QLatin1String("cancelled");
        };
        std::sort(activities.begin(), activities.end(), [&](const domain::Activity &a, const domain::Activity &b) {
            if (done(a) != done(b))
                return !done(a);
            return a.title.text.localeAwareCompare(b.title.text) < 0;
        });
        for (const domain::Activity &a : std::as_const(activities)) {
            rows.append({hex(a.id), a.title.text, QString(), a.kind, a.status, QDateTime(), false, QVariantList(),
                commentsOn(*store, a.id, myAccount)});
        }
        break;
    }
    case CheckIns: {
        QList<const domain::CheckIn *> checkIns;
        for (const domain::CheckIn &c : store->checkInsById()) {
            if (!c.isCaregiverCheckIn() && !c.answers.isEmpty())
                checkIns.append(&c);
        }
        std::sort(checkIns.begin(), checkIns.end(),
            [](const domain::CheckIn *a, const domain::CheckIn *b) { return a->time > b->time; });
        if (checkIns.size() > CheckInLimit)
            checkIns.resize(CheckInLimit);
        for (const domain::CheckIn *c : std::as_const(checkIns)) {
            QVariantList answers;
            for (const QString &domain : domain::codes::checkInDomains()) {
                const auto it = c->answers.constFind(domain);
                if (it == c->answers.cend())
                    continue;
                answers.append(QVariantMap {{QStringLiteral("domain"), domain}, {QStringLiteral("rating"), it->rating},
                    {QStringLiteral("wantToDiscuss"), it->wantToDiscuss}, {QStringLiteral("note"), it->note.text}});
            }
            rows.append({hex(c->id), QString(), QString(), QString(), QString(), c->time.toLocalTime(),
                c->wantsToDiscuss(), answers, commentsOn(*store, c->id, myAccount)});
        }
        break;
    }
    }
    m_rows.set(std::move(rows));
}

} // namespace cc::app
