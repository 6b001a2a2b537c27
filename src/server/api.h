// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpadapter.h"
#include "router.h"
#include "serverconfig.h"
#include "storage.h"

#include <QJsonObject>

namespace cc::server {

class HintHub;
class LoginThrottle;
class Metrics;

/**
 * The endpoints of docs/sync-protocol.md: reads and checks each request strictly (wire
 * types of src/protocol), verifies every proof, talks to Storage and announces pushes to
 * the HintHub. Errors are the documented {"error", "message"} bodies.
 */
class Api
{
public:
    Api(const ServerConfig &config, Storage *storage, HintHub *hints, Metrics *metrics, LoginThrottle *throttle);
    /** Answers @p request; *route is its pattern (for logs and metrics), *device the session's device. */
    HttpResponse handle(const HttpRequest &request, QString *route, QByteArray *device);
    /** The live session of a raw bearer token (used by hint sockets too). */
    std::optional<Storage::Session> sessionOf(const QByteArray &token);

private:
    struct Context {
        const HttpRequest &request;
        const QStringList &params;
        Storage::Session session;
    };
    using AuthedHandler = HttpResponse (Api::*)(Context &);
    void route(const char *method, const char *pattern, AuthedHandler handler, bool auth);

    HttpResponse createAccount(Context &c);
    HttpResponse addDevice(Context &c);
    HttpResponse challenge(Context &c);
    HttpResponse login(Context &c);
    HttpResponse logout(Context &c);
    HttpResponse getAccount(Context &c);
    HttpResponse putBundle(Context &c);
    HttpResponse revokeDevice(Context &c);
    HttpResponse recovery(Context &c);
    HttpResponse createSpace(Context &c);
    HttpResponse listSpaces(Context &c);
    HttpResponse pull(Context &c);
    HttpResponse push(Context &c);
    HttpResponse putMembers(Context &c);
    HttpResponse getMembers(Context &c);
    HttpResponse getKeys(Context &c);
    HttpResponse getSpaceDevices(Context &c);
    HttpResponse getAccess(Context &c);
    HttpResponse createInvite(Context &c);
    HttpResponse getInvite(Context &c);
    HttpResponse acceptInvite(Context &c);
    HttpResponse deleteInvite(Context &c);
    HttpResponse createLink(Context &c);
    HttpResponse acceptLink(Context &c);
    HttpResponse getLink(Context &c);
    HttpResponse putLinkBundle(Context &c);

    /** What a request needs of the caller's standing in a space. */
    enum class Need { Member, Writer, Owner };
    /** The refusal when @p account may not do what @p need says in @p space (404 for an
     *  account that never was a member, 403 for a removed or expired one or a too weak role);
     *  else nothing, and *membership holds its row. */
    std::optional<HttpResponse> denied(
        const QByteArray &space, const QByteArray &account, Need need, Storage::Membership *membership = nullptr);
    /** The invitation named by the URL, or an error answer (400, 404, 410 — an expired one is deleted). */
    std::optional<Storage::Invite> inviteOf(Context &c, HttpResponse *error);
    /** The link named by the URL, or an error answer (400, 404, 410 — an expired one is deleted). */
    std::optional<Storage::Link> linkOf(Context &c, HttpResponse *error);

    const ServerConfig &m_config;
    Storage *m_storage;
    HintHub *m_hints;
    Metrics *m_metrics;
    LoginThrottle *m_throttle;
    Router m_router;
    QByteArray m_currentDevice;
};

} // namespace cc::server
