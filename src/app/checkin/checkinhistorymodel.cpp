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

namespace {

/** The row of @p checkIn, or nullopt if it is not in the person's history. */
std::optional<QVariantList> rowOf(const domain::CareStore &store, const domain::CheckIn &checkIn, const QByteArray &me)
{
    // Her own caregiver check-ins are hers to look back on; a caregiver check-in someone
    // else completed in this circle (another member's strain) is not the person's history.
    const bool caregiver = checkIn.isCaregiverCheckIn();
    if (caregiver && (me.isEmpty() || checkIn.completedById != me))
        return std::nullopt;
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
    return QVariantList {QString::fromLatin1(checkIn.id.toHex()), checkIn.time.toLocalTime(), checkIn.byProxy, ratings,
        wishes, discuss, notes, average, instruments, Session::actorLabel(checkIn.actor, &store), caregiver};
}

} // namespace

void CheckInHistoryModel::reload(const domain::CareStore *store)
{
    if (!store) {
        setRows({});
        return;
    }
    // Newest first: the store's time order (ties by id) read from its newest end.
    const domain::OrderedIds &order = store->index().checkIns();
    const QByteArray me = domain::careteamrules::patientMemberId(*store);
    QList<QVariantList> rows;
    rows.reserve(order.size());
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (const domain::CheckIn *checkIn = store->checkIn(it->id)) {
            if (std::optional<QVariantList> row = rowOf(*store, *checkIn, me))
                rows.append(std::move(*row));
        }
    }
    setRows(std::move(rows));
}

void CheckInHistoryModel::update(const domain::CareStore &store, const QList<QByteArray> &ids)
{
    // A pull's page of hundreds: one pass over every row is cheaper than a search per id.
    if (ids.size() > RowModel::FewChanges) {
        reload(&store);
        return;
    }
    const QByteArray me = domain::careteamrules::patientMemberId(store);
    QStringList keys;
    for (const QByteArray &id : ids)
        keys.append(QString::fromLatin1(id.toHex()));
    const auto rowFor = [&store, &me](const QString &key) -> std::optional<QVariantList> {
        const domain::CheckIn *checkIn = store.checkIn(QByteArray::fromHex(key.toLatin1()));
        return checkIn ? rowOf(store, *checkIn, me) : std::nullopt;
    };
    // The order reload() lists: newer time first, then the greater id (hex keeps byte order).
    const auto newerFirst = [](const QVariantList &a, const QVariantList &b) {
        const QDateTime ta = a.at(1).toDateTime();
        const QDateTime tb = b.at(1).toDateTime();
        return ta != tb ? ta > tb : a.at(0).toString() > b.at(0).toString();
    };
    (void)updateRows(keys, rowFor, newerFirst);
}

} // namespace cc::app
