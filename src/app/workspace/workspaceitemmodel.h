// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"
#include "domain/attentionflags.h"

#include <QDateTime>
#include <QQmlEngine>
#include <QVariantList>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * One patient's shared goals, plan activities or recent check-ins as the care-team
 * workspace lists them, each with the comments on it (oldest first). Codes cross as codes;
 * QML translates them. Rows: recordId (hex), headline (as written), subtitle, category (domain
 * or activity kind code), status (achievement or activity status code), time (target date,
 * check-in time), flagged (raised an attention flag), answers ([{domain, rating,
 * wantToDiscuss, note}] for a check-in), comments ([{authorName, authorRole, text, time,
 * mine}]).
 */
class WorkspaceItemModel : public cc::app::RowModel // qualified for Qt 6.4's qmltyperegistrar
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by WorkspaceController")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        HeadlineRole,
        SubtitleRole,
        CategoryRole,
        StatusRole,
        TimeRole,
        FlaggedRole,
        AnswersRole,
        CommentsRole,
    };
    Q_ENUM(Role)
    enum Kind { Goals, Activities, CheckIns };

    /** A goal, activity or check-in, with the comments on it. */
    struct Row {
        QString recordId; ///< hex
        QString headline;
        QString subtitle;
        QString category;
        QString status;
        QDateTime time; ///< a goal's target date, a check-in's time; invalid for none
        bool flagged = false;
        QVariantList answers;
        QVariantList comments;
        auto fields() const
        {
            return std::tie(recordId, headline, subtitle, category, status, time, flagged, answers, comments);
        }
    };

    /** How many of the newest check-ins the patient view lists. */
    static constexpr int CheckInLimit = 6;

    WorkspaceItemModel(Kind kind, QObject *parent);

    /** Fills the rows from @p store (nullptr: empty); @p myAccount marks one's own comments. */
    void reload(const domain::CareStore *store, const domain::AttentionFlags &flags, const QByteArray &myAccount);

    /** The comments on @p targetId as rows of the comments role, oldest first. */
    static QVariantList commentsOn(
        const domain::CareStore &store, const QByteArray &targetId, const QByteArray &myAccount);

private:
    Kind m_kind;
    Rows<Row> m_rows {this};
};

} // namespace cc::app
