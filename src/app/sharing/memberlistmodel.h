// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDate>
#include <QQmlEngine>

namespace cc::app {

/** The members of the selected space. */
class MemberListModel : public cc::app::RowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SpaceMembers")
public:
    enum Role {
        AccountRole = Qt::UserRole, ///< hex
        NameRole,
        CareRoleRole, ///< codes::roles() code of the person, or empty
        PermissionRole, ///< "owner", "editor", "contributor", "viewer"
        EndDateRole, ///< QDate: the last day still allowed (domain::membershipend), invalid for none
        VerifiedRole,
        SafetyNumberRole,
        IsOwnerRole,
        EndTextRole, ///< EndDateRole in words, the same text as the confirmation's
    };
    Q_ENUM(Role)

    /** A member of the space. */
    struct Row {
        QString account;
        QString name;
        QString careRole;
        QString permission;
        QDate endDate;
        bool verified = false;
        QString safetyNumber;
        bool isOwner = false;
        QString endText;
        auto fields() const
        {
            return std::tie(account, name, careRole, permission, endDate, verified, safetyNumber, isOwner, endText);
        }
    };

    explicit MemberListModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows) { m_rows.set(std::move(rows)); }

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
