// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * The people of the care circle, the patient first, then by role in the order of
 * codes::roles() (family before professionals), then by name; former members (removed
 * from every shared space) last. "linked": the person uses CareCircle with this card.
 */
class CareTeamModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CareTeamController")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        NameRole,
        RoleRole,
        OrganisationRole,
        ContactRole,
        IsCoordinatorRole,
        IsPatientRole,
        FormerRole,
        LinkedRole,
    };
    Q_ENUM(Role)

    /** A member of the care team. */
    struct Row {
        QString recordId; ///< hex
        QString name;
        QString role; ///< codes::roles() code
        QString organisation;
        QString contact;
        bool isCoordinator = false;
        bool isPatient = false; ///< the patient's own entry
        bool former = false;
        bool linked = false; ///< has a linked account
        auto fields() const
        {
            return std::tie(recordId, name, role, organisation, contact, isCoordinator, isPatient, former, linked);
        }
    };

    explicit CareTeamModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store);
    /** The row of @p recordId (hex), or -1. */
    Q_INVOKABLE int indexOf(const QString &recordId) const;

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
