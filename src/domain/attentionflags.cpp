// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionflags.h"

#include "carestore.h"
#include "codes.h"

#include <algorithm>

namespace cc::domain {

int AttentionFlags::kindCount() const
{
    return int(!worsening.isEmpty()) + int(!discuss.isEmpty()) + int(reviewOverdue) + int(!worseningGoals.isEmpty());
}

AttentionFlags AttentionFlags::compute(const domain::CareStore &store, QDate today, const SpaceFilter &raises)
{
    AttentionFlags flags;
    const auto counts = [&](const QByteArray &id) { return !raises || raises(store.spaceOf(id)); };

    // The patient's own check-ins, newest first.
    QList<const domain::CheckIn *> checkIns;
    for (const domain::CheckIn &c : store.checkInsById()) {
        if (!c.isCaregiverCheckIn() && !c.answers.isEmpty() && counts(c.id))
            checkIns.append(&c);
    }
    std::sort(checkIns.begin(), checkIns.end(),
        [](const domain::CheckIn *a, const domain::CheckIn *b) { return a->time > b->time; });

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

AttentionFlags::SpaceFilter raisesFlagsIn(const CareStore &store)
{
    return [&store](const QByteArray &space) {
        // No SpaceInfo (not received yet, or damaged): her choice is unknown, so no flag.
        const SpaceInfo *info = store.spaceInfo(space);
        return info && info->raisesFlags;
    };
}

int newCommentCount(const domain::CareStore &store, const QDateTime &since, const QByteArray &myAccount)
{
    const QList<domain::Comment> comments = store.comments();
    return int(std::count_if(comments.cbegin(), comments.cend(), [&](const domain::Comment &c) {
        if (!myAccount.isEmpty() && c.authorAccount == myAccount)
            return false;
        return !since.isValid() || c.time > since;
    }));
}

} // namespace cc::domain
