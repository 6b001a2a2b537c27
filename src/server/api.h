// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpadapter.h"
#include "onetimemailbox.h"
#include "router.h"
#include "serverconfig.h"
#include "storage.h"

#include <functional>
#include <memory>

namespace cc::server {

class AccessLogApi;
class AccountApi;
class HintHub;
class InviteApi;
class LinkApi;
class LoginThrottle;
class Metrics;
class RecordApi;
class SessionApi;
class SpaceApi;

/**
 * The endpoints of docs/sync-protocol.md: reads and checks each request strictly (wire
 * types of src/protocol), verifies every proof, talks to Storage and announces pushes to
 * the HintHub. Errors are the documented {"error", "message"} bodies.
 *
 * Api holds the route table, the session check and what several resources share (the
 * membership check, mailbox lookups); one handler class per resource does the rest.
 */
class Api
{
public:
    /** One request as a handler sees it; session is set on authenticated routes. */
    struct Context {
        const HttpRequest &request;
        const QStringList &params;
        Storage::Session session;
    };
    /** What a request needs of the caller's standing in a space. */
    enum class Need { Member, Writer, Owner };
    /** The per-use wording of a mailbox's URL errors. */
    struct MailboxWords {
        QString badId, missing, expired;
    };

    Api(const ServerConfig &config, Storage *storage, HintHub *hints, Metrics *metrics, LoginThrottle *throttle);
    ~Api();
    Api(const Api &) = delete;
    Api &operator=(const Api &) = delete;

    /** Answers @p request; *route is its pattern (for logs and metrics), *device the session's device. */
    HttpResponse handle(const HttpRequest &request, QString *route, QByteArray *device);
    /** The live session of a raw bearer token (used by hint sockets too). */
    std::optional<Storage::Session> sessionOf(const QByteArray &token);

    /** The refusal when @p account may not do what @p need says in @p space (404 for an
     *  account that never was a member, 403 for a removed or expired one or a too weak role);
     *  else nothing, and *membership holds its row. */
    std::optional<HttpResponse> denied(
        const QByteArray &space, const QByteArray &account, Need need, Storage::Membership *membership = nullptr);
    /** The open mailbox named by the URL, or an error answer (400, 404, 410 — an expired one is deleted). */
    std::optional<OneTimeMailbox::Slot> mailboxOf(
        Context &c, OneTimeMailbox &mailbox, const MailboxWords &words, HttpResponse *error);

    const ServerConfig &config() const { return m_config; }
    Storage &storage() { return *m_storage; }
    HintHub &hints() { return *m_hints; }
    Metrics &metrics() { return *m_metrics; }
    LoginThrottle &throttle() { return *m_throttle; }
    /** The device to log for this request when it is not the session's (a login). */
    void setCurrentDevice(const QByteArray &device) { m_currentDevice = device; }

private:
    using Handler = std::function<HttpResponse(Context &)>;
    void route(const char *method, const char *pattern, Handler handler, bool auth);
    template<class H>
    void route(const char *method, const char *pattern, H *handlers, HttpResponse (H::*handler)(Context &), bool auth)
    {
        route(
            method, pattern, [handlers, handler](Context &c) { return (handlers->*handler)(c); }, auth);
    }

    const ServerConfig &m_config;
    Storage *m_storage;
    HintHub *m_hints;
    Metrics *m_metrics;
    LoginThrottle *m_throttle;
    Router m_router;
    QByteArray m_currentDevice;
    std::unique_ptr<AccountApi> m_accounts;
    std::unique_ptr<SessionApi> m_sessions;
    std::unique_ptr<SpaceApi> m_spaces;
    std::unique_ptr<RecordApi> m_records;
    std::unique_ptr<AccessLogApi> m_accessLog;
    std::unique_ptr<InviteApi> m_invites;
    std::unique_ptr<LinkApi> m_links;
};

} // namespace cc::server
