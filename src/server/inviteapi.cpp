// SPDX-License-Identifier: GPL-3.0-or-later
#include "inviteapi.h"

#include "apiutil.h"
#include "mailboxes.h"
#include "protocol/sharing.h"

namespace cc::server {

namespace errors = protocol::errors;
namespace sharing = protocol::sharing;
using namespace apiutil;
using protocol::JsonReader;
using protocol::toBase64Url;

HttpResponse InviteApi::createInvite(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    Storage::Invite invite;
    invite.invite = r.bytes(QStringLiteral("invite"), protocol::IdSize);
    invite.space = r.bytes(QStringLiteral("space"), protocol::IdSize);
    invite.role = r.string(QStringLiteral("role"), 32);
    invite.expires = r.integer(QStringLiteral("expires"), 0, qint64(1) << 53);
    invite.card = r.bytes(QStringLiteral("card"), 0, int(sharing::MaxCardSize));
    if (!r.ok())
        return badRequest(r.problem());
    if (auto refusal = m_api.denied(invite.space, c.session.account, Api::Need::Owner))
        return *refusal;
    const auto role = sharing::roleFromCode(invite.role);
    if (!role || *role == sharing::Role::Owner)
        return badRequest(QStringLiteral("role must be editor, contributor or viewer."));
    const qint64 t = now();
    if (invite.expires <= t || invite.expires > t + sharing::MaxInviteLifetimeMs)
        return badRequest(QStringLiteral("expires must be in the future and at most 7 days ahead."));
    auto put = m_api.storage().createInvite(invite);
    if (!put)
        return serverError();
    if (*put != Storage::Put::Created)
        return fail(409, errors::Conflict, QStringLiteral("This invitation id is taken."));
    return json(201, {});
}

std::optional<Storage::Invite> InviteApi::inviteOf(Api::Context &c, HttpResponse *error)
{
    static const Api::MailboxWords words {QStringLiteral("The invitation id in the URL is not 16 bytes of base64url."),
        QStringLiteral("No such invitation."), QStringLiteral("This invitation has expired.")};
    const auto slot = m_api.mailboxOf(c, m_api.storage().invites(), words, error);
    if (!slot)
        return std::nullopt;
    return mailboxes::toInvite(*slot);
}

HttpResponse InviteApi::getInvite(Api::Context &c)
{
    HttpResponse error;
    const std::optional<Storage::Invite> invite = inviteOf(c, &error);
    if (!invite)
        return error;
    const bool party = c.session.account == invite->owner || c.session.account == invite->acceptAccount;
    if (invite->accepted() && !party)
        return fail(410, errors::Gone, QStringLiteral("This invitation was already used."));
    QJsonObject body {{QStringLiteral("space"), toBase64Url(invite->space)}, {QStringLiteral("role"), invite->role},
        {QStringLiteral("expires"), double(invite->expires)}, {QStringLiteral("card"), toBase64Url(invite->card)},
        {QStringLiteral("state"), invite->accepted() ? QStringLiteral("accepted") : QStringLiteral("open")}};
    if (invite->accepted()) {
        body.insert(QStringLiteral("accept"),
            QJsonObject {{QStringLiteral("account"), toBase64Url(invite->acceptAccount)},
                {QStringLiteral("signPub"), toBase64Url(invite->acceptSignPub)},
                {QStringLiteral("boxPub"), toBase64Url(invite->acceptBoxPub)},
                {QStringLiteral("card"), toBase64Url(invite->acceptCard)},
                {QStringLiteral("mac"), toBase64Url(invite->acceptMac)}});
    }
    return json(200, body);
}

HttpResponse InviteApi::acceptInvite(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    Storage::Invite accept;
    accept.acceptAccount = c.session.account;
    accept.acceptSignPub = r.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    accept.acceptBoxPub = r.bytes(QStringLiteral("boxPub"), protocol::PublicKeySize);
    accept.acceptCard = r.bytes(QStringLiteral("card"), 0, int(sharing::MaxCardSize));
    accept.acceptMac = r.bytes(QStringLiteral("mac"), 32);
    if (!r.ok())
        return badRequest(r.problem());
    HttpResponse error;
    const std::optional<Storage::Invite> invite = inviteOf(c, &error);
    if (!invite)
        return error;
    if (invite->accepted())
        return fail(409, errors::Conflict, QStringLiteral("This invitation was already accepted."));
    if (c.session.account == invite->owner)
        return badRequest(QStringLiteral("The owner cannot accept her own invitation."));
    auto membership = m_api.storage().membership(invite->space, c.session.account);
    if (!membership)
        return serverError();
    if (membership->has_value() && (*membership)->activeAt(now()))
        return badRequest(QStringLiteral("This account is already a member of the space."));
    auto account = m_api.storage().account(c.session.account);
    if (!account || !account->has_value())
        return serverError();
    if ((*account)->signPub != accept.acceptSignPub || (*account)->boxPub != accept.acceptBoxPub)
        return badRequest(QStringLiteral("signPub and boxPub must be the session account's keys."));
    accept.invite = invite->invite;
    return accepted(m_api.storage().acceptInvite(accept), QStringLiteral("This invitation was already accepted."));
}

HttpResponse InviteApi::deleteInvite(Api::Context &c)
{
    HttpResponse error;
    const std::optional<Storage::Invite> invite = inviteOf(c, &error);
    if (!invite)
        return error;
    if (c.session.account != invite->owner)
        return fail(403, errors::Forbidden, QStringLiteral("Only the space's owner may cancel an invitation."));
    if (!m_api.storage().deleteInvite(invite->invite))
        return serverError();
    return noContent();
}

} // namespace cc::server
