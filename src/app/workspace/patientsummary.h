// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/attentionflags.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cc::domain {
class CareStore;
} // namespace cc::domain

namespace cc::app {

/**
 * What My patients shows of one patient: her name and colour as her spaces give them, her
 * attention flags, and when the comments others wrote were made (for "new since you last
 * opened"). Kept sealed in the vault's local cache, so an unlock lists a care team's patients
 * without reading their records: it holds while each of her spaces still has the version it
 * was made at (docs/architecture.md "The local cache"), and is made again from her records
 * otherwise.
 */
struct PatientSummary {
    /** Raised whenever what a summary holds, or a rule that makes it, changes. */
    static constexpr int Format = 1;

    QString name; ///< from her spaces' SpaceInfo; empty if none names her
    QString colour;
    std::optional<int> birthYear; ///< if one of her spaces gives it
    domain::AttentionFlags flags;
    /** Whether an open plan's review date counts (flags.reviewOverdue is today's answer). */
    bool reviewCounts = false;
    /** Times of the comments not written by `me`, oldest first. */
    QList<QDateTime> othersComments;
    QByteArray me;
    /** Each of her spaces' version when this was made. */
    QHash<QByteArray, qint64> versions;

    /** Made from her store (read from @p spaces) as this account @p me sees it, @p today. */
    static PatientSummary of(const domain::CareStore &store, const QList<QByteArray> &spaces, const QByteArray &me,
        QDate today = QDate::currentDate());
    /** Comments by others after @p since (all of them for an invalid @p since). */
    int newComments(const QDateTime &since) const;
    /** The review flag as of @p today (a summary made yesterday may be overdue today). */
    void updateReview(QDate today = QDate::currentDate());

    /** The local cache's name for patient @p owner's summary. */
    static QByteArray cacheName(const QByteArray &owner);
    QByteArray toCbor() const;
    /** Nothing for bytes of another format or that do not decode. */
    static std::optional<PatientSummary> fromCbor(const QByteArray &bytes);
};

} // namespace cc::app
