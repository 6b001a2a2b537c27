// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/team/careteammodel.h"

#include "app/plan/planwrites.h"
#include "domain/carestore.h"
#include "domain/codes.h"

#include <algorithm>

namespace cc::app {

CareTeamModel::CareTeamModel(QObject *parent)
    : RowModel(
        {"recordId", "name", "role", "organisation", "contact", "isCoordinator", "isPatient", "former", "linked"},
        parent)
{ }

void CareTeamModel::reload(const domain::CareStore *store)
{
    if (!store) {
        m_rows.set({});
        return;
    }
    const QByteArray patientId = planwrites::patientMemberId(*store);
    QList<domain::CareTeamMember> members = store->members();
    const QStringList &roles = domain::codes::roles();
    std::sort(members.begin(), members.end(), [&](const auto &a, const auto &b) {
        const bool aMe = a.id == patientId;
        const bool bMe = b.id == patientId;
        if (aMe != bMe)
            return aMe;
        if (a.former != b.former) // former members last, still listed
            return !a.former;
        const qsizetype ra = roles.indexOf(a.role);
        const qsizetype rb = roles.indexOf(b.role);
        if (ra != rb)
            return ra < rb;
        const int byName = QString::localeAwareCompare(a.displayName, b.displayName);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    QList<Row> rows;
    rows.reserve(members.size());
    for (const domain::CareTeamMember &m : members) {
        rows.append({planwrites::hexId(m.id), m.displayName, m.role, m.organisation, m.contact, m.isCoordinator,
            m.id == patientId, m.former, !m.linkedAccount.isEmpty()});
    }
    m_rows.set(std::move(rows));
}

int CareTeamModel::indexOf(const QString &recordId) const
{
    return m_rows.indexOf(recordId);
}

} // namespace cc::app
