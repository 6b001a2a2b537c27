// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace cc::domain {

class CareStore;

/**
 * Why a patient needs the care team's attention (DESIGN.md §7, care-team workspace),
 * computed from what the patient shared. Pure: the same store and day give the same flags.
 *
 * Rules:
 * - worsening: a check-in domain whose rating in the latest patient check-in is at least
 *   WorseningDrop below the mean of its ratings in the previous check-ins (up to
 *   WorseningWindow of them, at least one); a caregiver's own strain check-ins do not count.
 * - discuss: a domain marked "I want to discuss this" in the latest patient check-in.
 * - reviewOverdue: the care plan's next review date lies before today (today itself is not
 *   overdue: the meeting may be today).
 * - worseningGoals: goals whose achievement is "worsening" and which are still open (not
 *   completed or cancelled).
 *
 * The patient chooses per space whether flags are raised from it (SpaceInfo::raisesFlags);
 * compute() with raisesFlagsIn() leaves out every record of a space she turned them off for,
 * as if the care team could not see it.
 */
struct AttentionFlags {
    static constexpr int WorseningDrop = 2;
    static constexpr int WorseningWindow = 3;

    struct Worsening {
        QString domain;
        int latest = 0;
        double previousMean = 0;
    };
    struct Discuss {
        QString domain;
        LocalizedText note; ///< may be empty
        QDateTime time; ///< of the check-in (UTC)
    };
    struct GoalFlag {
        QByteArray goalId;
        LocalizedText words; ///< what matters to the patient, else the target
    };

    QList<Worsening> worsening;
    QList<Discuss> discuss;
    bool reviewOverdue = false;
    QDate nextReview; ///< invalid if the plan has none
    QList<GoalFlag> worseningGoals;

    /** How many of the four kinds of flag are raised. */
    int kindCount() const;
    bool isEmpty() const { return kindCount() == 0; }

    /** Whether the records of a space may raise flags; an empty one lets every space. */
    using SpaceFilter = std::function<bool(const QByteArray &space)>;

    static AttentionFlags compute(
        const CareStore &store, QDate today = QDate::currentDate(), const SpaceFilter &raises = {});
    /** The check-ins compute() reads with @p raises, newest first, at most @p atMost of them:
     *  what a large vault reads first at unlock so that the flags are right from the start
     *  (CareStore::saveLoadOrder). */
    static QList<QByteArray> checkInsRead(const CareStore &store, const SpaceFilter &raises, qsizetype atMost);
};

/** The patient's choice in @p store: a space raises flags when its SpaceInfo says so (an old
 *  one without the field does); a space without a SpaceInfo here (not received yet, damaged,
 *  or the private space) raises none: her choice is not known. @p store must outlive it. */
AttentionFlags::SpaceFilter raisesFlagsIn(const CareStore &store);

/** The flags her team sees, as her own Home shows them: from her own sharing spaces (not the
 *  private one) that she lets raise flags. @p store must outlive it. */
AttentionFlags::SpaceFilter raisedToHerTeam(const CareStore &store);

/** Comments newer than @p since, not written by @p myAccount (one's own are not news). An
 *  invalid @p since counts every comment. */
int newCommentCount(const CareStore &store, const QDateTime &since, const QByteArray &myAccount);

} // namespace cc::domain
