// SPDX-License-Identifier: GPL-3.0-or-later
#include "careteamrules.h"

#include "carestore.h"

#include <QCoreApplication>

namespace cc::domain::careteamrules {

QByteArray patientMemberId(const CareStore &store)
{
    QByteArray found;
    for (const CareTeamMember &member : store.members()) {
        // The oldest is not known; the smallest id makes the choice stable across reloads.
        if (member.role == QLatin1String("patient") && (found.isEmpty() || member.id < found))
            found = member.id;
    }
    return found;
}

Result<QByteArray> ensurePatientMember(CareStore &store)
{
    if (QByteArray id = patientMemberId(store); !id.isEmpty())
        return id;
    CareTeamMember me;
    me.role = QStringLiteral("patient");
    me.displayName = store.profile() && !store.profile()->preferredName.trimmed().isEmpty()
        ? store.profile()->preferredName
        : QCoreApplication::translate("CarePlanController", "Me", "@label the patient's own entry in the care team");
    if (Status saved = store.save(me); !saved)
        return saved.error();
    return me.id;
}

Status applyCoordinator(CareStore &store, const QByteArray &memberId)
{
    if (!memberId.isEmpty() && !store.member(memberId))
        return makeError(
            ErrorCode::NotFound, trNoop("CareTeamController", "This person is no longer in the care team."));
    for (CareTeamMember member : store.members()) {
        const bool coordinates = member.id == memberId;
        if (member.isCoordinator == coordinates)
            continue;
        member.isCoordinator = coordinates;
        if (Status saved = store.save(member); !saved)
            return saved;
    }
    if (store.plan() && store.plan()->coordinatorId != memberId) {
        CarePlan plan = *store.plan();
        plan.coordinatorId = memberId;
        if (Status saved = store.save(plan); !saved)
            return saved;
    }
    return {};
}

} // namespace cc::domain::careteamrules
