// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionflags.h"

#include "carestore.h"
#include "codes.h"
#include "vault/vault.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace cc::domain {

int AttentionFlags::kindCount() const
{
    return int(!worsening.isEmpty()) + int(!discuss.isEmpty()) + int(reviewOverdue) + int(!worseningGoals.isEmpty());
}

namespace {

/** Walks check-ins newest first, over every space or only the spaces @p raises accepts, by a
 *  merge of the store's per-space time orders: a space that does not count is not visited. */
class NewestFirst
{
public:
    NewestFirst(const domain::CareStore &store, const AttentionFlags::SpaceFilter &raises)
    {
        const CareIndex &index = store.index();
        if (!raises) {
            add(index.checkIns());
            return;
        }
        for (const QByteArray &space : index.checkInSpaces()) {
            if (raises(space))
                add(*index.checkInsIn(space));
        }
    }
    /** The next id, newest first; nullptr when every order is done. */
    const QByteArray *next()
    {
        Cursor *newest = nullptr;
        for (Cursor &cursor : m_cursors) {
            if (cursor.at != cursor.end && (!newest || *newest->at < *cursor.at))
                newest = &cursor;
        }
        return newest ? &(newest->at++)->id : nullptr;
    }

private:
    using Iterator = std::vector<OrderedIds::Entry>::const_reverse_iterator;
    struct Cursor {
        Iterator at;
        Iterator end;
    };
    void add(const OrderedIds &order) { m_cursors.append(Cursor {order.rbegin(), order.rend()}); }
    QList<Cursor> m_cursors;
};

/**
 * The patient's own check-ins that count, newest first, as far back as the flags look: the
 * latest, then until each domain it answers has WorseningWindow earlier answers. Years of
 * check-ins behind them, and spaces that do not raise flags, are not visited.
 */
QList<const domain::CheckIn *> recentPatientCheckIns(const domain::CareStore &store,
    const AttentionFlags::SpaceFilter &raises, qsizetype atMost = std::numeric_limits<qsizetype>::max())
{
    QList<const domain::CheckIn *> recent;
    QHash<QString, int> stillNeeded; // domain of the latest → earlier answers still wanted
    NewestFirst walk(store, raises);
    while (recent.size() < atMost) {
        const QByteArray *id = walk.next();
        if (!id)
            break;
        const domain::CheckIn *c = store.checkIn(*id);
        if (!c || c->isCaregiverCheckIn() || c->answers.isEmpty())
            continue;
        recent.append(c);
        if (recent.size() == 1) {
            for (auto a = c->answers.cbegin(); a != c->answers.cend(); ++a)
                stillNeeded.insert(a.key(), AttentionFlags::WorseningWindow);
            continue;
        }
        for (auto a = c->answers.cbegin(); a != c->answers.cend(); ++a) {
            const auto need = stillNeeded.find(a.key());
            if (need != stillNeeded.end() && --*need == 0)
                stillNeeded.erase(need);
        }
        if (stillNeeded.isEmpty())
            break;
    }
    return recent;
}

} // namespace

AttentionFlags AttentionFlags::compute(const domain::CareStore &store, QDate today, const SpaceFilter &raises)
{
    AttentionFlags flags;
    const auto counts = [&](const QByteArray &id) { return !raises || raises(store.spaceOf(id)); };

    const QList<const domain::CheckIn *> checkIns = recentPatientCheckIns(store, raises);

    if (!checkIns.isEmpty()) {
        const domain::CheckIn &latest = *checkIns.constFirst();
        for (const QString &domain : domain::codes::checkInDomains()) {
            const auto now = latest.answers.constFind(domain);
            if (now == latest.answers.cend())
                continue;
            if (now->wantToDiscuss)
                flags.discuss.append({domain, now->note, latest.time});
            // The mean of this domain over the previous check-ins that answered it.
            int sum = 0;
            int count = 0;
            for (qsizetype i = 1; i < checkIns.size() && count < WorseningWindow; ++i) {
                const auto before = checkIns.at(i)->answers.constFind(domain);
                if (before == checkIns.at(i)->answers.cend())
                    continue;
                sum += before->rating;
                ++count;
            }
            // Integer comparison (rating × count against sum) avoids rounding at the boundary.
            if (count > 0 && (now->rating + WorseningDrop) * count <= sum)
                flags.worsening.append({domain, now->rating, double(sum) / count});
        }
    }

    if (const auto &plan = store.plan(); plan && plan->nextReview.isValid() && counts(plan->id)) {
        flags.nextReview = plan->nextReview;
        flags.reviewOverdue = plan->nextReview < today && plan->status != QLatin1String("completed");
    }

    QList<domain::Goal> goals = store.goals();
    std::sort(goals.begin(), goals.end(), [](const domain::Goal &a, const domain::Goal &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
    });
    for (const domain::Goal &goal : goals) {
        if (counts(goal.id) && goal.achievement == QLatin1String("worsening")
            && goal.status != QLatin1String("completed") && goal.status != QLatin1String("cancelled"))
            flags.worseningGoals.append({goal.id, goal.whatMattersToMe.isEmpty() ? goal.target : goal.whatMattersToMe});
    }
    return flags;
}

QList<QByteArray> AttentionFlags::checkInsRead(const CareStore &store, const SpaceFilter &raises, qsizetype atMost)
{
    QList<QByteArray> ids;
    for (const CheckIn *c : recentPatientCheckIns(store, raises, atMost))
        ids.append(c->id);
    return ids;
}

AttentionFlags::SpaceFilter raisesFlagsIn(const CareStore &store)
{
    return [&store](const QByteArray &space) {
        // No SpaceInfo (not received yet, or damaged): her choice is unknown, so no flag.
        const SpaceInfo *info = store.spaceInfo(space);
        return info && info->raisesFlags;
    };
}

AttentionFlags::SpaceFilter raisedToHerTeam(const CareStore &store)
{
    return [&store](const QByteArray &space) {
        const SpaceInfo *info = store.spaceInfo(space);
        const vault::Vault &vault = store.vault();
        return info && info->raisesFlags && space != vault.privateSpaceId() && vault.ownsSpace(space);
    };
}

int newCommentCount(const domain::CareStore &store, const QDateTime &since, const QByteArray &myAccount)
{
    // Newest first, down to the first comment not after @p since.
    int count = 0;
    const OrderedIds &order = store.index().comments();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const domain::Comment *c = store.comment(it->id);
        if (!c)
            continue;
        if (since.isValid() && c->time <= since)
            break;
        if (myAccount.isEmpty() || c->authorAccount != myAccount)
            ++count;
    }
    return count;
}

} // namespace cc::domain
