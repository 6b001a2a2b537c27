// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checkin/checkinhistorymodel.h"

#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/careteamrules.h"

namespace cc::app {

CheckInHistoryModel::CheckInHistoryModel(QObject *parent)
    : RowModel({"recordId", "time", "byProxy", "ratings", "wishes", "discuss", "notes", "average", "instruments",
                   "actedBy", "caregiver"},
        parent)
{ }

void CheckInHistoryModel::reload(const domain::CareStore *store)
{
    if (!store) {
        setRows({});
        return;
    }
    const QList<domain::CheckIn> checkIns = store->checkIns(); // oldest first
    const QByteArray me = domain::careteamrules::patientMemberId(*store);
    QList<QVariantList> rows;
    rows.reserve(checkIns.size());
    for (auto it = checkIns.crbegin(); it != checkIns.crend(); ++it) {
        const domain::CheckIn &checkIn = *it;
        // Her own caregiver check-ins are hers to look back on; a caregiver check-in someone
        // else completed in this circle (another member's strain) is not the person's history.
        const bool caregiver = checkIn.isCaregiverCheckIn();
        if (caregiver && (me.isEmpty() || checkIn.completedById != me))
            continue;
        QVariantMap ratings;
        QVariantMap wishes;
        QVariantMap notes;
        QStringList discuss;
        double sum = 0;
        for (auto answer = checkIn.answers.cbegin(); answer != checkIn.answers.cend(); ++answer) {
            ratings.insert(answer.key(), answer->rating);
            sum += answer->rating;
            if (answer->wish)
                wishes.insert(answer.key(), *answer->wish);
            if (answer->wantToDiscuss)
                discuss.append(answer.key());
            if (!answer->note.isEmpty())
                notes.insert(answer.key(), answer->note.text);
        }
        QVariantList instruments;
        for (const domain::CheckIn::InstrumentResult &result : checkIn.instruments) {
            instruments.append(QVariantMap {{QStringLiteral("instrument"), result.instrument},
                {QStringLiteral("rawScore"), result.rawScore}, {QStringLiteral("derivedScore"), result.derivedScore}});
        }
        const double average = checkIn.answers.isEmpty() ? -1.0 : sum / double(checkIn.answers.size());
        rows.append({QString::fromLatin1(checkIn.id.toHex()), checkIn.time.toLocalTime(), checkIn.byProxy, ratings,
            wishes, discuss, notes, average, instruments, Session::actorLabel(checkIn.actor, store), caregiver});
    }
    setRows(std::move(rows));
}

} // namespace cc::app
