// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <array>
#include <optional>
#include <vector>

namespace cc::domain {
class CareStore;
class ChangeSet;
struct CheckIn;
} // namespace cc::domain

namespace cc::app {

class Session;

/**
 * What the Trends page shows, computed from the patient's own check-ins (a caregiver's
 * strain check-ins are not hers): a radar of the six domains at the latest check-in against
 * a chosen earlier one, and each domain's ratings over the last 4, 12 or 52 weeks. Reads the
 * unlocked store through the injected Session and recomputes when it changes; empty while locked.
 * Published to QML as the singleton `TrendsController`.
 */
class TrendsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int checkInCount READ checkInCount NOTIFY changed)
    Q_PROPERTY(QDateTime latestDate READ latestDate NOTIFY changed)
    Q_PROPERTY(QVariantList comparisonChoices READ comparisonChoices NOTIFY changed)
    Q_PROPERTY(int comparisonIndex READ comparisonIndex WRITE setComparisonIndex NOTIFY changed)
    Q_PROPERTY(QVariantList radar READ radar NOTIFY changed)
    Q_PROPERTY(int rangeWeeks READ rangeWeeks WRITE setRangeWeeks NOTIFY changed)
    Q_PROPERTY(QVariantList series READ series NOTIFY changed)

public:
    /** The six domains, in the order every chart shows them. */
    static const QStringList &domains();

    /** Follows the session's own store (the patient's Trends page). */
    explicit TrendsController(Session *session, QObject *parent = nullptr);
    /** Shows only what reload() is given: the workspace's chart of the open patient, which
     *  must not follow the member's own store. */
    explicit TrendsController(QObject *parent);

    int checkInCount() const { return int(m_points.size()); }
    /** Start of the latest check-in's day (QDateTime: QML and qmllint 6.4 know it as a Date). */
    QDateTime latestDate() const;
    /** [{value: index, date: QDateTime, text: the date in words}] of earlier check-ins of the
     *  last year (at most MaxComparisonChoices), newest first: a ChoiceBox model. */
    QVariantList comparisonChoices() const;
    int comparisonIndex() const { return m_comparison; }
    void setComparisonIndex(int index);
    /** [{domain, now, before}] per domain; before is -1 with nothing to compare. */
    QVariantList radar() const;
    int rangeWeeks() const { return m_rangeWeeks; }
    /** 4, 12 or 52; other values are refused. */
    void setRangeWeeks(int weeks);
    /** [{domain, points: [{t: ms since epoch, v: 0..10}], first: QDateTime, last: QDateTime}]:
     *  the ratings of the chosen range, oldest first. first/last bound the range (today). */
    QVariantList series() const;

    /** Recomputes from @p store (nullptr clears); @p today bounds the range. */
    void reload(const domain::CareStore *store, QDate today = QDate::currentDate());
    /** Takes in the check-ins of @p store that @p changes says were written, removed or read
     *  since: what reload() would show, without going over every check-in (a part of the
     *  history read after unlock, a check-in saved or received). */
    void apply(const domain::CareStore *store, const domain::ChangeSet &changes, QDate today = QDate::currentDate());

Q_SIGNALS:
    void changed();

private:
    Session *m_session = nullptr;
    struct Point {
        qint64 ms = 0; // UTC, ms since the epoch: cheap to sort and compare
        std::array<int, 6> ratings; // -1 where the domain was not answered
        QByteArray id; // the check-in's
        QDate day() const; // local calendar day
        friend bool operator<(const Point &a, const Point &b) { return a.ms != b.ms ? a.ms < b.ms : a.id < b.id; }
    };
    static std::optional<Point> pointOf(const domain::CheckIn &checkIn);
    void resetComparison();
    /** Earlier check-ins offered for comparison: those of the last year, at most this many. */
    static constexpr int MaxComparisonChoices = 60;
    int comparisonCount() const;
    std::vector<Point> m_points; // oldest first
    int m_comparison = 0; // index into comparisonChoices()
    int m_rangeWeeks = 12;
    QDate m_today;
};

} // namespace cc::app
