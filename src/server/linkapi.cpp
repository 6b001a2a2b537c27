// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkapi.h"

#include "apiutil.h"
#include "mailboxes.h"
#include "protocol/sharing.h"

namespace cc::server {

namespace errors = protocol::errors;
namespace sharing = protocol::sharing;
using namespace apiutil;
using protocol::JsonReader;
using protocol::toBase64Url;

HttpResponse LinkApi::createLink(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray link = r.bytes(QStringLiteral("link"), protocol::IdSize);
    if (!r.ok())
        return badRequest(r.problem());
    auto put =
        m_api.storage().createLink(link, c.session.account, now() + qint64(m_api.config().linkExpirySeconds) * 1000);
    if (!put)
        return serverError();
    if (*put != Storage::Put::Created)
        return fail(409, errors::Conflict, QStringLiteral("This link id is taken."));
    return json(201, {{QStringLiteral("expiresIn"), m_api.config().linkExpirySeconds}});
}

std::optional<Storage::Link> LinkApi::linkOf(Api::Context &c, HttpResponse *error)
{
    static const Api::MailboxWords words {QStringLiteral("The link id in the URL is not 16 bytes of base64url."),
        QStringLiteral("No such link."), QStringLiteral("This link has expired.")};
    const auto slot = m_api.mailboxOf(c, m_api.storage().links(), words, error);
    if (!slot)
        return std::nullopt;
    return mailboxes::toLink(*slot);
}

HttpResponse LinkApi::acceptLink(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    Storage::Link accept;
    accept.acceptDevice = r.bytes(QStringLiteral("device"), protocol::IdSize);
    accept.acceptSignPub = r.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    accept.acceptBoxPub = r.bytes(QStringLiteral("boxPub"), protocol::PublicKeySize);
    accept.acceptMac = r.bytes(QStringLiteral("mac"), 32);
    if (!r.ok())
        return badRequest(r.problem());
    HttpResponse error;
    const std::optional<Storage::Link> link = linkOf(c, &error);
    if (!link)
        return error;
    accept.link = link->link;
    return accepted(m_api.storage().acceptLink(accept), QStringLiteral("This link was already accepted."));
}

HttpResponse LinkApi::getLink(Api::Context &c)
{
    HttpResponse error;
    const std::optional<Storage::Link> link = linkOf(c, &error);
    if (!link)
        return error;
    QJsonObject body;
    if (link->accepted()) {
        body.insert(QStringLiteral("accept"),
            QJsonObject {{QStringLiteral("device"), toBase64Url(link->acceptDevice)},
                {QStringLiteral("signPub"), toBase64Url(link->acceptSignPub)},
                {QStringLiteral("boxPub"), toBase64Url(link->acceptBoxPub)},
                {QStringLiteral("mac"), toBase64Url(link->acceptMac)}});
    }
    if (link->completed()) {
        body.insert(QStringLiteral("state"), QStringLiteral("completed"));
        body.insert(QStringLiteral("bundle"), toBase64Url(link->bundle));
        // Fetched once: the mailbox is gone afterwards.
        if (!m_api.storage().deleteLink(link->link))
            return serverError();
    } else {
        body.insert(QStringLiteral("state"), link->accepted() ? QStringLiteral("accepted") : QStringLiteral("waiting"));
    }
    return json(200, body);
}

HttpResponse LinkApi::putLinkBundle(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray bundle = r.bytes(QStringLiteral("bundle"));
    if (!r.ok())
        return badRequest(r.problem());
    HttpResponse error;
    const std::optional<Storage::Link> link = linkOf(c, &error);
    if (!link)
        return error;
    if (link->account != c.session.account)
        return fail(403, errors::Forbidden, QStringLiteral("This link belongs to another account."));
    if (!link->accepted())
        return fail(409, errors::Conflict, QStringLiteral("No device has accepted this link yet."));
    if (!m_api.storage().completeLink(link->link, bundle))
        return serverError();
    return noContent();
}

} // namespace cc::server
