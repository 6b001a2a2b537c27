// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::domain {
class CareStore;
struct CheckIn;
} // namespace cc::domain

namespace cc::app {

/**
 * The person's earlier check-ins, newest first: about herself, and her own caregiver check-ins
 * ("caregiver": about her strain as a caregiver; not another member's). For each: when,
 * whether someone filled it in for her, the six ratings, what she wants to discuss, the
 * average rating, any instrument results ({instrument, rawScore, derivedScore}) and, for one
 * a member of her space filled in, who did ("actedBy": "Els Peeters for Maria").
 */
class CheckInHistoryModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CheckInController")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        TimeRole, ///< QDateTime, local time
        ByProxyRole,
        RatingsRole, ///< {domainCode: 0..10}
        WishesRole, ///< {domainCode: 0..10}, only where a wish was given
        DiscussRole, ///< [domainCode…]
        NotesRole, ///< {domainCode: text}
        AverageRole, ///< mean of the ratings, -1 when the check-in holds only instruments
        InstrumentsRole, ///< [{instrument, rawScore, derivedScore}]
        ActedByRole, ///< "Els Peeters for Maria", or ""
        CaregiverRole, ///< her own caregiver check-in (codes::caregiverDomains())
    };
    Q_ENUM(Role)

    explicit CheckInHistoryModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store);
    /** After check-ins @p ids were added, removed or moved: only their rows change. */
    void update(const domain::CareStore &store, const QList<QByteArray> &ids);
};

} // namespace cc::app
