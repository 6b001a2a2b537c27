// SPDX-License-Identifier: GPL-3.0-or-later
#include "careteamrules.h"

#include "carestore.h"
#include "codes.h"
#include "domainerror.h"

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

namespace {

/** The id of the card an invitee becomes, in order of how surely it is them; empty: none. */
QByteArray cardOf(const CareStore &store, const Invitee &invitee)
{
    const QList<CareTeamMember> members = store.members();
    for (const CareTeamMember &m : members) {
        if (m.linkedAccount == invitee.account)
            return m.id;
    }
    for (const CareTeamMember &m : members) {
        if (!invitee.invitation.isEmpty() && m.invitation == invitee.invitation && m.linkedAccount.isEmpty())
            return m.id;
    }
    // She wrote "Els" down herself, then invited Els from the sharing page. The name is the
    // one the invitee typed: it picks a card only when exactly one unlinked card has it (two
    // cards of that name are two people, and guessing could give one's card to the other).
    const QString name = invitee.name.trimmed();
    QByteArray byName;
    for (const CareTeamMember &m : members) {
        if (m.linkedAccount.isEmpty() && m.role != QLatin1String("patient") && !name.isEmpty()
            && m.displayName.trimmed().compare(name, Qt::CaseInsensitive) == 0
            && (invitee.careRole.isEmpty() || m.role == invitee.careRole)) {
            if (!byName.isEmpty())
                return {};
            byName = m.id;
        }
    }
    return byName;
}

} // namespace

Result<QByteArray> linkInvitee(CareStore &store, const Invitee &invitee)
{
    if (invitee.account.isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The linked account is invalid."));
    CareTeamMember member;
    if (const CareTeamMember *found = store.member(cardOf(store, invitee))) {
        member = *found;
    } else {
        member.displayName = invitee.name.trimmed().isEmpty()
            ? QCoreApplication::translate("cc::app::SharingController", "New member")
            : invitee.name.trimmed();
        member.role = codes::isValidRole(invitee.careRole) && invitee.careRole != QLatin1String("patient")
            ? invitee.careRole
            : QStringLiteral("trusted_person");
    }
    const CareTeamMember before = member;
    member.linkedAccount = invitee.account;
    member.former = false;
    if (member.invitation == invitee.invitation)
        member.invitation.clear();
    if (!member.id.isEmpty() && member == before)
        return member.id;
    if (Status saved = store.save(member); !saved)
        return saved.error();
    return member.id;
}

Status rememberInvitation(CareStore &store, const QByteArray &memberId, const QByteArray &invitation)
{
    const CareTeamMember *found = store.member(memberId);
    if (!found)
        return makeError(
            ErrorCode::NotFound, trNoop("CareTeamController", "This person is no longer in the care team."));
    CareTeamMember member = *found;
    member.invitation = invitation;
    return store.save(member);
}

Status setFormer(CareStore &store, const QByteArray &account, bool former)
{
    for (CareTeamMember member : store.members()) {
        if (account.isEmpty() || member.linkedAccount != account || member.former == former)
            continue;
        member.former = former;
        return store.save(member);
    }
    return {};
}

Status rememberOwnName(CareStore &store, const QString &name, const QString &language)
{
    PatientProfile profile = store.profile().value_or(PatientProfile {});
    if (name.trimmed().isEmpty() || !profile.preferredName.trimmed().isEmpty())
        return {};
    profile.preferredName = name.trimmed();
    if (profile.language.isEmpty())
        profile.language = language;
    return store.save(profile);
}

Author authorOf(const CareStore &store, const Comment &comment)
{
    if (const CareTeamMember *member = store.member(comment.authorId))
        return {member->displayName, member->role};
    if (!comment.authorName.trimmed().isEmpty())
        return {comment.authorName, comment.authorRole};
    if (comment.authorId.isEmpty())
        return {};
    // Comments from before names travelled: only the patient's app writes card ids.
    for (const SpaceInfo &info : store.spaceInfos()) {
        if (!info.ownerName.trimmed().isEmpty())
            return {info.ownerName.trimmed(), QStringLiteral("patient")};
    }
    return {{}, QStringLiteral("patient")};
}

} // namespace cc::domain::careteamrules
