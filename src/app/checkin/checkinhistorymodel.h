// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/recordlistmodel.h"

#include <QQmlEngine>

namespace cc::domain {
class CareStore;
class ChangeSet;
struct CheckIn;
} // namespace cc::domain

namespace cc::app {

/**
 * The person's earlier check-ins, newest first: about herself, and her own caregiver check-ins
 * ("caregiver": about her strain as a caregiver; not another member's). For each: when,
 * whether someone filled it in for her, the six ratings, what she wants to discuss, the
 * average rating, any instrument results ({instrument, rawScore, derivedScore}) and, for one
 * a member of her space filled in, who did ("actedBy": "Els Peeters for Maria").
 *
 * A row is the check-in's time and id; its values are read from the store when a view asks
 * (RecordListModel): years of daily check-ins cost 40 bytes each, and the page, which shows
 * the newest few (CheckInController::recentHistory), builds those few only.
 */
class CheckInHistoryModel : public cc::app::RecordListModel // qualified: Qt 6.4's qmltyperegistrar matches base classes
                                                            // by the name as written
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
    /** Lists @p store's check-ins (nullptr: none). Every row's values may have changed (names,
     *  the language); rows that stay keep their delegates. @p store outlives its use here:
     *  the controller reloads before a store goes (Session::storeChanged). */
    void reload(const domain::CareStore *store);
    /** After @p changes to the store of the last reload(): only the changed check-ins' rows
     *  change (RecordListModel::followChanges()). */
    void update(const domain::ChangeSet &changes);

protected:
    QVariant value(const Row &row, int column) const override;

private:
    /** The row of @p checkIn, or nullopt if it is not in the person's history. */
    std::optional<Row> rowOf(const domain::CheckIn &checkIn) const;
    std::vector<Row> allRows() const;

    const domain::CareStore *m_store = nullptr;
    QByteArray m_me; ///< the patient's member id in m_store
};

} // namespace cc::app
