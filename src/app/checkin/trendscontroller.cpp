// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checkin/trendscontroller.h"

#include "app/session/session.h"
#include "domain/carestore.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

const QStringList &TrendsController::domains()
{
    static const QStringList list = {QStringLiteral("body"), QStringLiteral("mind"), QStringLiteral("meaning"),
        QStringLiteral("quality_of_life"), QStringLiteral("participation"), QStringLiteral("daily_life")};
    return list;
}

TrendsController::TrendsController(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    Session *context = m_session;
    auto refresh = [this, context] { reload(context->circleStore()); };
    connect(context, &Session::storeChanged, this, refresh);
    connect(context, &Session::circleChanged, this, refresh);
    connect(context, &Session::dataChanged, this, [this, context, refresh](const domain::ChangeSet &changes) {
        if (changes.isEverything())
            refresh();
        else if (changes.touches({domain::CheckIn::Kind}))
            apply(context->circleStore(), changes);
    });
    reload(context->circleStore());
}

TrendsController::TrendsController(QObject *parent) : QObject(parent)
{ }

std::optional<TrendsController::Point> TrendsController::pointOf(const domain::CheckIn &c)
{
    if (c.isCaregiverCheckIn())
        return std::nullopt;
    // Only six numbers per check-in are needed: read them in place.
    Point p {c.time.toMSecsSinceEpoch(), {}, c.id};
    bool any = false;
    for (int i = 0; i < 6; ++i) {
        const auto it = c.answers.constFind(domains().at(i));
        p.ratings[std::size_t(i)] = it == c.answers.cend() ? -1 : it->rating;
        any |= it != c.answers.cend();
    }
    if (!any) // an instrument-only check-in has no domain ratings to chart
        return std::nullopt;
    return p;
}

void TrendsController::reload(const domain::CareStore *store, QDate today)
{
    m_points.clear();
    m_today = today;
    if (store) {
        const QHash<QByteArray, domain::CheckIn> &checkIns = store->checkInsById();
        m_points.reserve(std::size_t(checkIns.size()));
        for (const domain::CheckIn &c : checkIns) {
            if (auto p = pointOf(c))
                m_points.push_back(std::move(*p));
        }
        std::sort(m_points.begin(), m_points.end());
    }
    resetComparison();
}

void TrendsController::apply(const domain::CareStore *store, const domain::ChangeSet &changes, QDate today)
{
    if (!store)
        return reload(store, today);
    using domain::CheckIn;
    // The changed check-ins' points leave, and come back as the store holds them now. One new
    // to the store (a part of the history, a pull's new check-in) has no point to leave.
    std::size_t erased = 0;
    if (const QList<QByteArray> known = changes.knownIds(CheckIn::Kind); !known.isEmpty()) {
        const QSet<QByteArray> changed(known.cbegin(), known.cend());
        erased = std::erase_if(m_points, [&](const Point &p) { return changed.contains(p.id); });
    }
    const auto held = std::ptrdiff_t(m_points.size());
    for (const QByteArray &id : changes.ids(CheckIn::Kind)) {
        const CheckIn *c = store->checkIn(id);
        std::optional<Point> p = c ? pointOf(*c) : std::nullopt;
        // (A new one is held already if Trends read the store again before hearing of it.)
        if (p && !std::binary_search(m_points.begin(), m_points.begin() + held, *p))
            m_points.push_back(std::move(*p));
    }
    // None of hers (a caregiver's strain, another store's), on the same day: the chosen
    // comparison stays.
    if (erased == 0 && std::ptrdiff_t(m_points.size()) == held && today == m_today)
        return;
    m_today = today;
    const auto added = m_points.begin() + held;
    std::sort(added, m_points.end());
    if (added != m_points.end())
        std::inplace_merge(std::upper_bound(m_points.begin(), added, *added), added, m_points.end());
    resetComparison();
}

void TrendsController::resetComparison()
{
    // By default compare with the latest check-in at least four weeks older (or the oldest).
    // Choice i is m_points[size - 2 - i]: newest earlier check-in first.
    m_comparison = 0;
    const int choices = comparisonCount();
    if (choices > 0) {
        // By calendar day: a check-in four weeks earlier counts even if made later in the day.
        const QDate target = m_points.back().day().addDays(-28);
        m_comparison = choices - 1;
        for (int i = 0; i < choices; ++i) {
            if (m_points[m_points.size() - 2 - std::size_t(i)].day() <= target) {
                m_comparison = i;
                break;
            }
        }
    }
    Q_EMIT changed();
}

QDate TrendsController::Point::day() const
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

int TrendsController::comparisonCount() const
{
    if (m_points.size() < 2)
        return 0;
    const qint64 yearBefore = m_points.back().ms - qint64(366) * 24 * 3600 * 1000;
    int count = 0;
    for (auto it = m_points.crbegin() + 1; it != m_points.crend() && count < MaxComparisonChoices; ++it, ++count) {
        if (it->ms < yearBefore)
            break;
    }
    return std::max(count, 1); // at least the one just before, however old
}

QDateTime TrendsController::latestDate() const
{
    return m_points.empty() ? QDateTime() : m_points.back().day().startOfDay();
}

QVariantList TrendsController::comparisonChoices() const
{
    QVariantList list;
    const int count = comparisonCount();
    for (int index = 0; index < count; ++index) {
        const QDate day = m_points[m_points.size() - 2 - std::size_t(index)].day();
        list.append(QVariantMap {{QStringLiteral("value"), index}, {QStringLiteral("date"), day.startOfDay()},
            {QStringLiteral("text"), QLocale().toString(day, QLocale::LongFormat)}});
    }
    return list;
}

void TrendsController::setComparisonIndex(int index)
{
    if (index == m_comparison || index < 0 || index >= comparisonCount())
        return;
    m_comparison = index;
    Q_EMIT changed();
}

QVariantList TrendsController::radar() const
{
    QVariantList list;
    if (m_points.empty())
        return list;
    const Point &now = m_points.back();
    const Point *before = m_points.size() >= 2 ? &m_points[m_points.size() - 2 - std::size_t(m_comparison)] : nullptr;
    for (int i = 0; i < 6; ++i) {
        list.append(QVariantMap {{QStringLiteral("domain"), domains().at(i)},
            {QStringLiteral("now"), now.ratings[std::size_t(i)]},
            {QStringLiteral("before"), before ? before->ratings[std::size_t(i)] : -1}});
    }
    return list;
}

void TrendsController::setRangeWeeks(int weeks)
{
    if (weeks == m_rangeWeeks || (weeks != 4 && weeks != 12 && weeks != 52))
        return;
    m_rangeWeeks = weeks;
    Q_EMIT changed();
}

QVariantList TrendsController::series() const
{
    const QDateTime last = m_today.addDays(1).startOfDay();
    const QDateTime first = m_today.addDays(-7 * m_rangeWeeks).startOfDay();
    const qint64 firstMs = first.toMSecsSinceEpoch();
    const qint64 lastMs = last.toMSecsSinceEpoch();
    // The points in range: binary search, the list is sorted by time.
    const auto begin = std::lower_bound(
        m_points.cbegin(), m_points.cend(), firstMs, [](const Point &p, qint64 t) { return p.ms < t; });
    QVariantList list;
    for (int i = 0; i < 6; ++i) {
        QVariantList points;
        for (auto it = begin; it != m_points.cend() && it->ms < lastMs; ++it) {
            const int rating = it->ratings[std::size_t(i)];
            if (rating >= 0)
                points.append(QVariantMap {{QStringLiteral("t"), double(it->ms)}, {QStringLiteral("v"), rating}});
        }
        list.append(QVariantMap {{QStringLiteral("domain"), domains().at(i)}, {QStringLiteral("points"), points},
            {QStringLiteral("first"), first}, {QStringLiteral("last"), last}});
    }
    return list;
}

} // namespace cc::app
