// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checkin/checkinhistorymodel.h"

#include "app/session/session.h"
#include "domain/careindex.h"
#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/changeset.h"

namespace cc::app {

CheckInHistoryModel::CheckInHistoryModel(QObject *parent)
    : RecordListModel(
        {"time", "byProxy", "ratings", "wishes", "discuss", "notes", "average", "instruments", "actedBy", "caregiver"},
        parent)
{ }

std::optional<RecordListModel::Row> CheckInHistoryModel::rowOf(const domain::CheckIn &checkIn) const
{
    // Her own caregiver check-ins are hers to look back on; a caregiver check-in someone
    // else completed in this circle (another member's strain) is not the person's history.
    if (checkIn.isCaregiverCheckIn() && (m_me.isEmpty() || checkIn.completedById != m_me))
        return std::nullopt;
    return Row {domain::CareIndex::keyOf(checkIn.time), checkIn.id};
}

std::vector<RecordListModel::Row> CheckInHistoryModel::allRows() const
{
    std::vector<Row> rows;
    if (!m_store)
        return rows;
    // Newest first: the store's time order (ties by id) read from its newest end.
    const domain::OrderedIds &order = m_store->index().checkIns();
    rows.reserve(std::size_t(order.size()));
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (const domain::CheckIn *checkIn = m_store->checkIn(it->id)) {
            if (std::optional<Row> row = rowOf(*checkIn))
                rows.push_back(std::move(*row));
        }
    }
    return rows;
}

void CheckInHistoryModel::reload(const domain::CareStore *store)
{
    m_store = store;
    m_me = store ? domain::careteamrules::patientMemberId(*store) : QByteArray();
    setRows(allRows(), true);
}

void CheckInHistoryModel::update(const domain::ChangeSet &changes)
{
    // Check-ins are never edited (append-only): a row that stays shows what it showed.
    using domain::CheckIn;
    (void)followChanges(
        changes.newIds(CheckIn::Kind), changes.knownIds(CheckIn::Kind),
        [this](const QByteArray &id) -> std::optional<Row> {
            const CheckIn *checkIn = m_store ? m_store->checkIn(id) : nullptr;
            return checkIn ? rowOf(*checkIn) : std::nullopt;
        },
        [this] { return allRows(); });
}

namespace {

/** {domain code: what @p part gives for it}, for the answers it gives something for. */
template<typename Part>
QVariantMap byDomain(const domain::CheckIn &checkIn, Part part)
{
    QVariantMap map;
    for (auto answer = checkIn.answers.cbegin(); answer != checkIn.answers.cend(); ++answer) {
        if (QVariant v = part(*answer); v.isValid())
            map.insert(answer.key(), std::move(v));
    }
    return map;
}

QVariant averageOf(const domain::CheckIn &checkIn)
{
    if (checkIn.answers.isEmpty())
        return -1.0;
    double sum = 0;
    for (const domain::CheckIn::DomainAnswer &answer : checkIn.answers)
        sum += answer.rating;
    return sum / double(checkIn.answers.size());
}

QVariant instrumentsOf(const domain::CheckIn &checkIn)
{
    QVariantList instruments;
    for (const domain::CheckIn::InstrumentResult &result : checkIn.instruments) {
        instruments.append(QVariantMap {{QStringLiteral("instrument"), result.instrument},
            {QStringLiteral("rawScore"), result.rawScore}, {QStringLiteral("derivedScore"), result.derivedScore}});
    }
    return instruments;
}

} // namespace

QVariant CheckInHistoryModel::value(const Row &row, int column) const
{
    const domain::CheckIn *checkIn = m_store ? m_store->checkIn(row.id) : nullptr;
    if (!checkIn)
        return {};
    using Answer = domain::CheckIn::DomainAnswer;
    switch (Role(Qt::UserRole + column)) {
    case RecordIdRole:
        break; // RecordListModel gives it
    case TimeRole:
        return checkIn->time.toLocalTime();
    case ByProxyRole:
        return checkIn->byProxy;
    case RatingsRole:
        return byDomain(*checkIn, [](const Answer &a) { return QVariant(a.rating); });
    case WishesRole:
        return byDomain(*checkIn, [](const Answer &a) { return a.wish ? QVariant(*a.wish) : QVariant(); });
    case DiscussRole: {
        QStringList discuss;
        for (auto answer = checkIn->answers.cbegin(); answer != checkIn->answers.cend(); ++answer) {
            if (answer->wantToDiscuss)
                discuss.append(answer.key());
        }
        return discuss;
    }
    case NotesRole:
        return byDomain(
            *checkIn, [](const Answer &a) { return a.note.isEmpty() ? QVariant() : QVariant(a.note.text); });
    case AverageRole:
        return averageOf(*checkIn);
    case InstrumentsRole:
        return instrumentsOf(*checkIn);
    case ActedByRole:
        return Session::actorLabel(*checkIn->actor, m_store);
    case CaregiverRole:
        return checkIn->isCaregiverCheckIn();
    }
    return {};
}

} // namespace cc::app
