// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowmodel.h"

#include <QQmlEngine>

#include "domain/comment.h"

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/** The most recent comments from the care circle, newest first. */
class CommentModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CareData")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        AuthorNameRole,
        AuthorRoleRole,
        TextRole,
        TimeRole,
        TargetTitleRole,
    };
    Q_ENUM(Role)

    static constexpr int Limit = 5;

    explicit CommentModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store);

protected:
    /** Fills the rows from @p comments, in the order given; @p withTarget names what each
     *  comment is about (off where the page already says it). */
    void setComments(const domain::CareStore &store, const QList<domain::Comment> &comments, bool withTarget);
};

} // namespace cc::app
