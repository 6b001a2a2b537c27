// SPDX-License-Identifier: GPL-3.0-or-later
#include "careteammember.h"

#include "codes.h"
#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"

namespace cc::domain {

namespace {
const QLatin1StringView KeyName("n");
const QLatin1StringView KeyRole("r");
const QLatin1StringView KeyOrganisation("o");
const QLatin1StringView KeyContact("ct");
const QLatin1StringView KeyCoordinator("co");
const QLatin1StringView KeyLinkedAccount("la");
const QLatin1StringView KeyFormer("fm");
const QLatin1StringView KeyInvitation("iv");
} // namespace

QCborMap CareTeamMember::toFields() const
{
    detail::FieldWriter writer;
    writer.text(KeyName, displayName);
    writer.text(KeyRole, role);
    writer.text(KeyOrganisation, organisation);
    writer.text(KeyContact, contact);
    writer.boolean(KeyCoordinator, isCoordinator);
    writer.bytes(KeyLinkedAccount, linkedAccount);
    if (former) // absent while current: cards written before this field read the same
        writer.boolean(KeyFormer, former);
    writer.bytes(KeyInvitation, invitation);
    return writer.fields();
}

Result<CareTeamMember> CareTeamMember::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    CareTeamMember member;
    member.displayName = reader.shortText(KeyName);
    member.role = reader.shortText(KeyRole);
    member.organisation = reader.shortText(KeyOrganisation);
    member.contact = reader.shortText(KeyContact);
    member.isCoordinator = reader.boolean(KeyCoordinator);
    member.linkedAccount = reader.bytes(KeyLinkedAccount, MaxLinkedAccountSize);
    member.former = reader.boolean(KeyFormer);
    member.invitation = reader.bytes(KeyInvitation, MaxInvitationSize);
    if (!reader.ok())
        return reader.error();
    if (Status check = member.validate(); !check)
        return check.error();
    return member;
}

Status CareTeamMember::validate() const
{
    constexpr qsizetype maxText = detail::FieldReader::MaxShortText;
    if (displayName.trimmed().isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A care team member needs a name."));
    if (!codes::isValidRole(role))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The role is not one CareCircle knows."));
    if (displayName.size() > maxText || organisation.size() > maxText || contact.size() > maxText)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A care team member's details are too long."));
    if (linkedAccount.size() > MaxLinkedAccountSize || invitation.size() > MaxInvitationSize)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The linked account is invalid."));
    return {};
}

} // namespace cc::domain
