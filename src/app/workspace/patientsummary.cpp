// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/patientsummary.h"

#include "domain/carestore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>

namespace cc::app {

namespace {

// Short keys: the summary is sealed, the keys only keep it small.
const QString KFormat = QStringLiteral("v");
const QString KName = QStringLiteral("n");
const QString KColour = QStringLiteral("c");
const QString KBirthYear = QStringLiteral("by");
const QString KMe = QStringLiteral("me");
const QString KVersions = QStringLiteral("sv");
const QString KComments = QStringLiteral("oc");
const QString KReview = QStringLiteral("r");
const QString KReviewCounts = QStringLiteral("rc");
const QString KWorsening = QStringLiteral("w");
const QString KDiscuss = QStringLiteral("d");
const QString KGoals = QStringLiteral("g");

QCborValue text(const domain::LocalizedText &t)
{
    return QCborArray {t.text, t.lang};
}

domain::LocalizedText textFrom(const QCborValue &v)
{
    const QCborArray a = v.toArray();
    return {a.at(0).toString(), a.at(1).toString()};
}

qint64 msOf(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime timeFrom(const QCborValue &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC);
}

QCborArray flagsToCbor(const domain::AttentionFlags &flags, QCborArray &discuss, QCborArray &goals)
{
    QCborArray worsening;
    for (const auto &w : flags.worsening)
        worsening.append(QCborArray {w.domain, w.latest, w.previousMean});
    for (const auto &d : flags.discuss)
        discuss.append(QCborArray {d.domain, text(d.note), msOf(d.time)});
    for (const auto &g : flags.worseningGoals)
        goals.append(QCborArray {g.goalId, text(g.words)});
    return worsening;
}

/** Each entry of list @p key, an array of @p size, read by @p take (false if an item has
 *  another type); false for any other shape (the entry is then made again from her records
 *  rather than half read). */
template<typename Take>
bool eachEntry(const QCborMap &map, const QString &key, qsizetype size, Take take)
{
    for (const QCborValue &v : map.value(key).toArray()) {
        if (!v.isArray() || v.toArray().size() != size || !take(v.toArray()))
            return false;
    }
    return true;
}

bool flagsFromCbor(const QCborMap &map, domain::AttentionFlags &flags)
{
    const bool read = eachEntry(map, KWorsening, 3, [&](const QCborArray &a) {
        if (!a.at(0).isString() || !a.at(1).isInteger() || !a.at(2).isDouble())
            return false;
        flags.worsening.append({a.at(0).toString(), int(a.at(1).toInteger()), a.at(2).toDouble()});
        return true;
    }) && eachEntry(map, KDiscuss, 3, [&](const QCborArray &a) {
        if (!a.at(0).isString() || !a.at(2).isInteger())
            return false;
        flags.discuss.append({a.at(0).toString(), textFrom(a.at(1)), timeFrom(a.at(2))});
        return true;
    }) && eachEntry(map, KGoals, 2, [&](const QCborArray &a) {
        if (!a.at(0).isByteArray())
            return false;
        flags.worseningGoals.append({a.at(0).toByteArray(), textFrom(a.at(1))});
        return true;
    });
    const QCborValue review = map.value(KReview);
    if (review.isInteger())
        flags.nextReview = QDate::fromJulianDay(review.toInteger());
    return read;
}

} // namespace

PatientSummary PatientSummary::of(
    const domain::CareStore &store, const QList<QByteArray> &spaces, const QByteArray &me, QDate today)
{
    PatientSummary s;
    s.me = me;
    for (const QByteArray &space : spaces) {
        if (const domain::SpaceInfo *info = store.spaceInfo(space)) {
            if (s.name.isEmpty() && !info->ownerName.trimmed().isEmpty())
                s.name = info->ownerName.trimmed();
            if (s.colour.isEmpty())
                s.colour = info->colour;
            if (!s.birthYear)
                s.birthYear = info->ownerBirthYear;
        }
    }
    s.flags = domain::AttentionFlags::compute(store, today, domain::raisesFlagsIn(store));
    // compute() says overdue only for a plan that is not completed; kept apart from the date
    // so that tomorrow's answer needs no records.
    s.reviewCounts = s.flags.nextReview.isValid() && store.plan() && store.plan()->status != QLatin1String("completed");
    for (const domain::Comment &c : store.comments()) {
        if (me.isEmpty() || c.authorAccount != me)
            s.othersComments.append(c.time);
    }
    std::sort(s.othersComments.begin(), s.othersComments.end());
    return s;
}

int PatientSummary::newComments(const QDateTime &since) const
{
    if (!since.isValid())
        return int(othersComments.size());
    return int(othersComments.cend() - std::upper_bound(othersComments.cbegin(), othersComments.cend(), since));
}

void PatientSummary::updateReview(QDate today)
{
    flags.reviewOverdue = reviewCounts && flags.nextReview.isValid() && flags.nextReview < today;
}

QByteArray PatientSummary::cacheName(const QByteArray &owner)
{
    return QByteArrayLiteral("patient-summary/") + owner;
}

QByteArray PatientSummary::toCbor() const
{
    QCborMap map;
    map.insert(KFormat, Format);
    map.insert(KName, name);
    map.insert(KColour, colour);
    if (birthYear)
        map.insert(KBirthYear, *birthYear);
    map.insert(KMe, me);
    QCborMap spaceVersions;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        spaceVersions.insert(QCborValue(it.key()), QCborValue(it.value()));
    map.insert(KVersions, spaceVersions);
    QCborArray comments;
    for (const QDateTime &t : othersComments)
        comments.append(msOf(t));
    map.insert(KComments, comments);
    if (flags.nextReview.isValid())
        map.insert(KReview, flags.nextReview.toJulianDay());
    map.insert(KReviewCounts, reviewCounts);
    QCborArray discuss;
    QCborArray goals;
    map.insert(KWorsening, flagsToCbor(flags, discuss, goals));
    map.insert(KDiscuss, discuss);
    map.insert(KGoals, goals);
    return map.toCborValue().toCbor();
}

std::optional<PatientSummary> PatientSummary::fromCbor(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    if (map.value(KFormat).toInteger() != Format)
        return std::nullopt;
    PatientSummary s;
    s.name = map.value(KName).toString();
    s.colour = map.value(KColour).toString();
    if (const QCborValue year = map.value(KBirthYear); year.isInteger())
        s.birthYear = int(year.toInteger());
    s.me = map.value(KMe).toByteArray();
    const QCborMap spaceVersions = map.value(KVersions).toMap();
    for (auto it = spaceVersions.cbegin(); it != spaceVersions.cend(); ++it)
        s.versions.insert(it.key().toByteArray(), it.value().toInteger());
    for (const QCborValue &t : map.value(KComments).toArray())
        s.othersComments.append(timeFrom(t));
    s.reviewCounts = map.value(KReviewCounts).toBool();
    if (!flagsFromCbor(map, s.flags))
        return std::nullopt;
    s.updateReview();
    return s;
}

} // namespace cc::app
