// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "accesslogapi.h"
#include "accountapi.h"
#include "apiutil.h"
#include "crypto/hkdf.h"
#include "inviteapi.h"
#include "linkapi.h"
#include "protocol/sharing.h"
#include "recordapi.h"
#include "sessionapi.h"
#include "spaceapi.h"

namespace cc::server {

namespace errors = protocol::errors;
namespace sharing = protocol::sharing;
using namespace apiutil;

Api::Api(const ServerConfig &config, Storage *storage, HintHub *hints, Metrics *metrics, LoginThrottle *throttle)
    : m_config(config), m_storage(storage), m_hints(hints), m_metrics(metrics), m_throttle(throttle),
      m_accounts(std::make_unique<AccountApi>(*this)), m_sessions(std::make_unique<SessionApi>(*this)),
      m_spaces(std::make_unique<SpaceApi>(*this)), m_records(std::make_unique<RecordApi>(*this)),
      m_accessLog(std::make_unique<AccessLogApi>(*this)), m_invites(std::make_unique<InviteApi>(*this)),
      m_links(std::make_unique<LinkApi>(*this))
{
    AccountApi *a = m_accounts.get();
    SessionApi *s = m_sessions.get();
    SpaceApi *sp = m_spaces.get();
    RecordApi *r = m_records.get();
    InviteApi *i = m_invites.get();
    LinkApi *l = m_links.get();
    route("POST", "/v1/accounts", a, &AccountApi::createAccount, false);
    route("POST", "/v1/accounts/{account}/devices", a, &AccountApi::addDevice, false);
    route("POST", "/v1/auth/challenge", s, &SessionApi::challenge, false);
    route("POST", "/v1/auth/session", s, &SessionApi::login, false);
    route("DELETE", "/v1/auth/session", s, &SessionApi::logout, true);
    route("GET", "/v1/account", a, &AccountApi::getAccount, true);
    route("PUT", "/v1/account/bundle", a, &AccountApi::putBundle, true);
    route("DELETE", "/v1/account/devices/{device}", a, &AccountApi::revokeDevice, true);
    route("GET", "/v1/recovery/{locator}", a, &AccountApi::recovery, false);
    route("POST", "/v1/spaces", sp, &SpaceApi::createSpace, true);
    route("GET", "/v1/spaces", sp, &SpaceApi::listSpaces, true);
    route("GET", "/v1/spaces/{space}/records", r, &RecordApi::pull, true);
    route("POST", "/v1/spaces/{space}/records", r, &RecordApi::push, true);
    route("PUT", "/v1/spaces/{space}/members", sp, &SpaceApi::putMembers, true);
    route("GET", "/v1/spaces/{space}/members", sp, &SpaceApi::getMembers, true);
    route("GET", "/v1/spaces/{space}/keys", sp, &SpaceApi::getKeys, true);
    route("GET", "/v1/spaces/{space}/devices", sp, &SpaceApi::getSpaceDevices, true);
    route("GET", "/v1/spaces/{space}/access", m_accessLog.get(), &AccessLogApi::getAccess, true);
    route("POST", "/v1/invites", i, &InviteApi::createInvite, true);
    route("GET", "/v1/invites/{invite}", i, &InviteApi::getInvite, true);
    route("POST", "/v1/invites/{invite}/accept", i, &InviteApi::acceptInvite, true);
    route("DELETE", "/v1/invites/{invite}", i, &InviteApi::deleteInvite, true);
    route("POST", "/v1/links", l, &LinkApi::createLink, true);
    route("POST", "/v1/links/{link}/accept", l, &LinkApi::acceptLink, false);
    route("GET", "/v1/links/{link}", l, &LinkApi::getLink, false);
    route("PUT", "/v1/links/{link}/bundle", l, &LinkApi::putLinkBundle, true);
}

Api::~Api() = default;

void Api::route(const char *method, const char *pattern, Handler handler, bool auth)
{
    m_router.add(QByteArray(method), QString::fromLatin1(pattern),
        [this, handler = std::move(handler), auth](
            const HttpRequest &request, const QStringList &params) -> HttpResponse {
            Context c {request, params, {}};
            if (auth) {
                const QByteArray header = request.header("authorization");
                std::optional<QByteArray> token;
                if (header.startsWith("Bearer "))
                    token = protocol::fromBase64Url(QString::fromLatin1(header.mid(7).trimmed()));
                std::optional<Storage::Session> session;
                if (token && token->size() == 32)
                    session = sessionOf(*token);
                if (!session)
                    return fail(401, errors::Unauthorized, QStringLiteral("No valid session token; log in again."));
                c.session = *session;
                m_currentDevice = session->device;
            }
            return handler(c);
        });
}

std::optional<Storage::Session> Api::sessionOf(const QByteArray &token)
{
    auto s = m_storage->session(crypto::sha256(token), now());
    if (!s)
        return std::nullopt;
    return *s;
}

HttpResponse Api::handle(const HttpRequest &request, QString *route, QByteArray *device)
{
    m_currentDevice.clear();
    HttpResponse r = m_router.dispatch(request, route);
    *device = m_currentDevice;
    return r;
}

std::optional<HttpResponse> Api::denied(
    const QByteArray &space, const QByteArray &account, Need need, Storage::Membership *membership)
{
    auto row = m_storage->membership(space, account);
    if (!row)
        return serverError();
    // An account that never was a member learns nothing, not even that the space exists.
    if (!row->has_value())
        return fail(404, errors::NotFound, QStringLiteral("No such space, or not yours."));
    const Storage::Membership &m = **row;
    if (!m.activeAt(now()))
        return fail(403, errors::Forbidden, QStringLiteral("This account is no longer a member of this space."));
    const auto role = sharing::roleFromCode(m.role);
    if (!role)
        return serverError();
    if (need == Need::Writer && !sharing::mayWrite(*role))
        return fail(403, errors::Forbidden, QStringLiteral("This account may not write to this space."));
    if (need == Need::Owner && *role != sharing::Role::Owner)
        return fail(403, errors::Forbidden, QStringLiteral("Only the space's owner may do this."));
    if (membership)
        *membership = m;
    return std::nullopt;
}

std::optional<OneTimeMailbox::Slot> Api::mailboxOf(
    Context &c, OneTimeMailbox &mailbox, const MailboxWords &words, HttpResponse *error)
{
    const std::optional<QByteArray> id = idParam(c.params.at(0), protocol::IdSize);
    if (!id) {
        *error = badRequest(words.badId);
        return std::nullopt;
    }
    OneTimeMailbox::Slot slot;
    auto state = mailbox.open(*id, now(), &slot);
    if (!state) {
        *error = serverError();
        return std::nullopt;
    }
    switch (*state) {
    case OneTimeMailbox::State::Missing:
        *error = fail(404, errors::NotFound, words.missing);
        return std::nullopt;
    case OneTimeMailbox::State::Expired:
        *error = fail(410, errors::Gone, words.expired);
        return std::nullopt;
    case OneTimeMailbox::State::Open:
        break;
    }
    return slot;
}

} // namespace cc::server
