// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing.h"

#include "crypto/keypair.h"
#include "domain/codes.h"
#include "domain/envelope.h"
#include "domain/spaceinfo.h"
#include "httpclient.h"
#include "protocol/sharing.h"
#include "protocol/wire.h"
#include "spacesync.h"
#include "syncengine.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace cc::sync {

namespace sharing = protocol::sharing;

namespace {

constexpr int PollIntervalMs = 2000;

QString invitePath(const QByteArray &invite)
{
    return QStringLiteral("/v1/invites/") + protocol::toBase64Url(invite);
}

Error notConnected()
{
    return makeError(ErrorCode::NotFound, trNoop("Sync", "This device is not connected to a server."));
}

Error notOwner()
{
    return makeError(
        ErrorCode::InvalidInput, trNoop("Sync", "Only the owner of a sharing space can change who is in it."));
}

Error badCode()
{
    return makeError(ErrorCode::InvalidInput,
        trNoop("Sync", "This invitation code is not valid. Check it for typing mistakes, or ask for a new one."));
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

/** What the guest sent when accepting, checked against the invitation's MAC. */
struct Acceptance {
    QByteArray account;
    QByteArray signPub;
    QByteArray boxPub;
    QString name;
    QString careRole;
};

} // namespace

class Sharing::Private
{
public:
    Private(Sharing *sharing, SyncEngine &e, vault::Vault &v) : q(sharing), engine(e), vault(v) { }

    Sharing *q;
    SyncEngine &engine;
    vault::Vault &vault;
    QString ownName;
    std::function<QString(const QByteArray &)> spaceNames;
    QHash<QByteArray, Acceptance> accepted; // by invite id
    QTimer poll;
    bool polling = false;

    Result<SpaceSync::Material> material() { return engine.accountMaterial(); }

    /** The space's name for the owner card: the lookup if one was set, else the space's own
     *  sealed domain::SpaceInfo record (its record id is the space id). */
    QString spaceName(const QByteArray &space) const
    {
        if (spaceNames)
            return spaceNames(space);
        auto record = vault.get(space);
        if (!record || record->header.deleted)
            return {};
        auto envelope = domain::RecordEnvelope::decode(record->payload);
        if (!envelope || envelope->kind != domain::SpaceInfo::Kind)
            return {};
        auto info = domain::SpaceInfo::fromFields(envelope->fields);
        return info ? info->name : QString();
    }

    QString safetyWith(const QByteArray &signPub) const
    {
        auto mine = vault.identitySignPublicKey();
        if (!mine || signPub.isEmpty())
            return {};
        return sharing::formatSafetyNumber(sharing::safetyNumber(*mine, signPub));
    }

    /** GET the invitation; an accepted one is kept in `accepted` once its MAC checks out. */
    void fetchInvite(const QByteArray &invite, std::function<void(const Status &, bool gone)> done)
    {
        HttpClient *http = engine.client();
        if (!http)
            return done(notConnected(), false);
        http->get(invitePath(invite), true, [this, invite, done](const HttpReply &reply) {
            if (reply.status == 404 || reply.status == 410) {
                (void)vault.removeInvite(invite);
                accepted.remove(invite);
                return done(sharingAnswerError(reply, SharingRequest::Invite), true);
            }
            if (!reply.ok())
                return done(sharingAnswerError(reply, SharingRequest::Invite), false);
            if (reply.json.value(QStringLiteral("state")).toString() != QLatin1String("accepted"))
                return done({}, false);
            auto secret = vault.inviteSecret(invite);
            if (!secret)
                return done(secret.error(), false);
            auto keys = sharing::deriveInvite(*secret);
            if (!keys)
                return done(keys.error(), false);
            protocol::JsonReader r(reply.json.value(QStringLiteral("accept")).toObject());
            Acceptance a;
            a.account = r.bytes(QStringLiteral("account"), protocol::IdSize);
            a.signPub = r.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
            a.boxPub = r.bytes(QStringLiteral("boxPub"), protocol::PublicKeySize);
            const QByteArray card = r.bytes(QStringLiteral("card"), 0, int(sharing::MaxCardSize));
            const QByteArray mac = r.bytes(QStringLiteral("mac"), 32);
            if (!r.ok())
                return done(unreadableAnswer(), false);
            if (!sharing::verifyAcceptMac(*keys, a.account, a.signPub, a.boxPub, mac))
                return done(makeError(ErrorCode::InvalidInput,
                                trNoop("Sync",
                                    "The answer to the invitation was not made with its code. It was not accepted; "
                                    "create a new invitation.")),
                    false);
            auto guest = sharing::openGuestCard(*keys, card);
            if (!guest)
                return done(makeError(ErrorCode::InvalidInput,
                                trNoop("Sync",
                                    "The answer to the invitation was not made with its code. It was not accepted; "
                                    "create a new invitation.")),
                    false);
            a.name = guest->name;
            // Shown in the owner's safety-number step and filed on a card: only a care role
            // the app knows (never "patient").
            if (domain::codes::isValidRole(guest->careRole) && guest->careRole != QLatin1String("patient"))
                a.careRole = guest->careRole;
            accepted.insert(invite, a);
            done({}, false);
        });
    }

    bool anyOpen() const
    {
        const QList<vault::InviteRow> rows = vault.invites();
        return std::any_of(
            rows.cbegin(), rows.cend(), [this](const vault::InviteRow &r) { return !accepted.contains(r.invite); });
    }

    void updatePolling()
    {
        if (anyOpen()) {
            if (!poll.isActive())
                poll.start();
        } else {
            poll.stop();
        }
    }

    void pollOnce()
    {
        if (polling)
            return;
        QList<QByteArray> open;
        for (const vault::InviteRow &r : vault.invites()) {
            if (!accepted.contains(r.invite))
                open.append(r.invite);
        }
        if (open.isEmpty())
            return updatePolling();
        polling = true;
        pollNext(open, 0, false);
    }

    void pollNext(const QList<QByteArray> &open, qsizetype index, bool changed)
    {
        if (index >= open.size()) {
            polling = false;
            if (changed)
                Q_EMIT q->invitesChanged();
            return updatePolling();
        }
        const QByteArray invite = open[index];
        fetchInvite(invite, [this, open, index, changed](const Status &, bool gone) {
            const bool nowAccepted = accepted.contains(open[index]);
            pollNext(open, index + 1, changed || gone || nowAccepted);
        });
    }

    /** Publishes @p list through the engine's sharing step, then announces the change. */
    void publish(const sharing::MemberList &list, bool rotate, const QSet<QByteArray> &newMembers,
        std::function<void(const Status &)> done)
    {
        HttpClient *http = engine.client();
        if (!http)
            return done(notConnected());
        auto m = material();
        if (!m)
            return done(m.error());
        auto after = [this, done](const Status &s) {
            if (!s)
                return done(s);
            engine.sharingChanged(done);
        };
        if (rotate)
            engine.spaceSync().rotate(*http, *m, list, after);
        else
            engine.spaceSync().publish(*http, *m, list, false, newMembers, after);
    }

    /** Makes sure the server knows an own space (created here) before an invitation names it. */
    void ensureRegistered(const QByteArray &space, std::function<void(const Status &)> done)
    {
        const auto state = vault.spaceState(space);
        if (space == vault.privateSpaceId() || !state || state->registered)
            return done({});
        engine.refreshSpaces(done);
    }
};

Sharing::Sharing(SyncEngine &engine, vault::Vault &vault, QObject *parent)
    : QObject(parent), d(new Private(this, engine, vault))
{
    d->poll.setInterval(PollIntervalMs);
    connect(&d->poll, &QTimer::timeout, this, [this] { d->pollOnce(); });
    connect(&engine, &SyncEngine::spacesChanged, this, &Sharing::spacesChanged);
    d->updatePolling();
}

Sharing::~Sharing()
{
    delete d;
}

void Sharing::setOwnName(const QString &name)
{
    d->ownName = name;
}

void Sharing::setSpaceNames(std::function<QString(const QByteArray &)> lookup)
{
    d->spaceNames = std::move(lookup);
}

QList<SpaceSummary> Sharing::spaces() const
{
    QList<SpaceSummary> out;
    const QByteArray me = d->vault.ownAccount();
    for (const vault::SpaceRow &row : d->vault.spaces()) {
        SpaceSummary s;
        s.id = row.id;
        s.owner = row.owner;
        s.mine = d->vault.ownsSpace(row.id);
        s.role = row.role;
        s.keyVersion = row.keyVersion;
        s.removed = row.removed;
        const auto state = d->vault.spaceState(row.id);
        // Only lists whose owner signature verified are ever stored.
        auto list = state && !state->list.isEmpty() ? sharing::decodeMemberList(state->list)
                                                    : Result<sharing::MemberList>(Error {});
        if (list) {
            s.listVerified = true;
            for (const sharing::MemberEntry &e : list->members) {
                SpaceMember m;
                m.account = e.account;
                m.role = sharing::roleCode(e.role);
                m.expires = fromMs(e.expires);
                m.verified = e.account == me || d->vault.isContactVerified(e.account);
                if (e.account != me)
                    m.safetyNumber = d->safetyWith(e.signPub);
                s.members.append(m);
            }
        } else if (s.mine) {
            s.listVerified = true; // the owner alone: nothing to verify
            s.members.append({me, QStringLiteral("owner"), {}, true, {}});
        }
        out.append(s);
    }
    return out;
}

void Sharing::refresh()
{
    d->engine.refreshSpaces([this](const Status &) { d->pollOnce(); });
}

Result<QByteArray> Sharing::createSpace()
{
    auto space = d->vault.createSpace();
    if (space)
        Q_EMIT spacesChanged();
    return space;
}

void Sharing::invite(const QByteArray &space, const QString &role, const QDateTime &expires)
{
    auto fail = [this](const Error &e) { Q_EMIT inviteCreated(e, {}); };
    if (!d->vault.ownsSpace(space))
        return fail(notOwner());
    auto parsedRole = sharing::roleFromCode(role);
    if (!parsedRole || *parsedRole == sharing::Role::Owner)
        return fail(makeError(
            ErrorCode::InvalidInput, trNoop("Sync", "Choose a role for the person: editor, contributor or viewer.")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 until = expires.toMSecsSinceEpoch();
    if (!expires.isValid() || until <= now || until > now + sharing::MaxInviteLifetimeMs)
        return fail(
            makeError(ErrorCode::InvalidInput, trNoop("Sync", "An invitation must end within the next 7 days.")));
    d->ensureRegistered(space, [this, space, role, parsedRole = *parsedRole, until, fail](const Status &registered) {
        if (!registered)
            return fail(registered.error());
        HttpClient *http = d->engine.client();
        if (!http)
            return fail(notConnected());
        auto m = d->material();
        if (!m)
            return fail(m.error());
        const protocol::AccountMaterial &material = **m;
        auto signPub = crypto::ed25519::publicFromSecret(material.signSecret);
        auto boxPub = crypto::x25519::publicFromSecret(material.boxSecret);
        if (!signPub || !boxPub)
            return fail(makeError(ErrorCode::Crypto, trNoop("Sync", "The account's keys could not be prepared.")));
        auto secret = std::make_shared<crypto::SecureBuffer>(sharing::newInviteSecret());
        auto keys = sharing::deriveInvite(*secret);
        if (!keys)
            return fail(keys.error());
        sharing::OwnerCard card {
            material.account, *signPub, *boxPub, d->ownName, space, d->spaceName(space), parsedRole};
        auto sealed = sharing::sealOwnerCard(*keys, card);
        if (!sealed)
            return fail(sealed.error());
        const QByteArray invite = keys->invite;
        const QJsonObject body {{QStringLiteral("invite"), protocol::toBase64Url(invite)},
            {QStringLiteral("space"), protocol::toBase64Url(space)}, {QStringLiteral("role"), role},
            {QStringLiteral("expires"), until}, {QStringLiteral("card"), protocol::toBase64Url(*sealed)}};
        http->post(QStringLiteral("/v1/invites"), body, true,
            [this, invite, space, role, until, secret, fail](const HttpReply &reply) {
                if (!reply.ok())
                    return fail(sharingAnswerError(reply));
                if (auto s = d->vault.addInvite({invite, space, role, until}, *secret); !s)
                    return fail(s.error());
                Q_EMIT inviteCreated({}, invite);
                Q_EMIT invitesChanged();
                d->updatePolling();
            });
    });
}

QList<PendingInvite> Sharing::pendingInvites() const
{
    QList<PendingInvite> out;
    for (const vault::InviteRow &row : d->vault.invites()) {
        auto secret = d->vault.inviteSecret(row.invite);
        if (!secret)
            continue;
        PendingInvite p;
        p.invite = row.invite;
        p.space = row.space;
        p.role = row.role;
        p.expires = fromMs(row.expires);
        p.code = sharing::inviteCode(*secret);
        p.qrText = sharing::inviteQrText(*secret);
        if (const auto a = d->accepted.constFind(row.invite); a != d->accepted.cend()) {
            p.accepted = true;
            p.guestName = a->name;
            p.guestCareRole = a->careRole;
            p.guestAccount = a->account;
            p.safetyNumber = d->safetyWith(a->signPub);
        }
        out.append(p);
    }
    return out;
}

void Sharing::confirmInvite(const QByteArray &invite, bool verified)
{
    auto fail = [this, invite](const Error &e) { Q_EMIT inviteConfirmed(e, {}, {}); };
    const QList<vault::InviteRow> rows = d->vault.invites();
    const auto row =
        std::find_if(rows.cbegin(), rows.cend(), [&invite](const vault::InviteRow &r) { return r.invite == invite; });
    if (row == rows.cend())
        return fail(makeError(ErrorCode::NotFound, trNoop("Vault", "This invitation is no longer on this device.")));
    const vault::InviteRow info = *row;
    auto proceed = [this, info, verified, fail](const Status &fetched, bool) {
        if (!fetched)
            return fail(fetched.error());
        const auto a = d->accepted.constFind(info.invite);
        if (a == d->accepted.cend())
            return fail(makeError(ErrorCode::NotFound, trNoop("Sync", "Nobody has accepted this invitation yet.")));
        const Acceptance guest = *a;
        auto m = d->material();
        if (!m)
            return fail(m.error());
        auto list = d->engine.spaceSync().currentList(*m, info.space);
        if (!list)
            return fail(list.error());
        if (!list->find(guest.account)) {
            auto role = sharing::roleFromCode(info.role);
            if (!role)
                return fail(role.error());
            list->members.append({guest.account, guest.signPub, guest.boxPub, *role, 0});
            std::sort(list->members.begin(), list->members.end(),
                [](const sharing::MemberEntry &x, const sharing::MemberEntry &y) { return x.account < y.account; });
            list->version += 1;
            list->keyVersion = std::max<quint32>(1, d->vault.keyVersion(info.space));
        }
        d->publish(*list, false, {guest.account}, [this, info, guest, verified, fail](const Status &s) {
            if (!s)
                return fail(s.error());
            if (auto marked = d->vault.setContactVerified(guest.account, verified); !marked)
                return fail(marked.error());
            (void)d->vault.removeInvite(info.invite);
            d->accepted.remove(info.invite);
            Q_EMIT inviteConfirmed({}, info.space, guest.account);
            Q_EMIT invitesChanged();
            d->updatePolling();
            // The invitation is done; the server forgets it.
            if (HttpClient *http = d->engine.client())
                http->remove(invitePath(info.invite), true, [](const HttpReply &) {});
        });
    };
    if (d->accepted.contains(invite))
        proceed({}, false);
    else
        d->fetchInvite(invite, proceed);
}

void Sharing::cancelInvite(const QByteArray &invite)
{
    HttpClient *http = d->engine.client();
    auto forget = [this, invite] {
        (void)d->vault.removeInvite(invite);
        d->accepted.remove(invite);
        Q_EMIT invitesChanged();
        d->updatePolling();
    };
    if (!http)
        return forget();
    http->remove(invitePath(invite), true, [forget](const HttpReply &) { forget(); });
}

void Sharing::setMembership(
    const QByteArray &space, const QByteArray &account, const QString &role, const QDateTime &expires)
{
    auto fail = [this, space](const Error &e) { Q_EMIT membershipChanged(e, space); };
    if (!d->vault.ownsSpace(space))
        return fail(notOwner());
    auto parsedRole = sharing::roleFromCode(role);
    if (!parsedRole || *parsedRole == sharing::Role::Owner)
        return fail(makeError(
            ErrorCode::InvalidInput, trNoop("Sync", "Choose a role for the person: editor, contributor or viewer.")));
    auto m = d->material();
    if (!m)
        return fail(m.error());
    auto list = d->engine.spaceSync().currentList(*m, space);
    if (!list)
        return fail(list.error());
    auto it = std::find_if(list->members.begin(), list->members.end(),
        [&account](const sharing::MemberEntry &e) { return e.account == account; });
    if (it == list->members.end() || it->role == sharing::Role::Owner)
        return fail(makeError(ErrorCode::NotFound, trNoop("Sync", "This person is not a member of the space.")));
    it->role = *parsedRole;
    it->expires = expires.isValid() ? expires.toMSecsSinceEpoch() : 0;
    list->version += 1;
    d->publish(*list, false, {}, [this, space](const Status &s) { Q_EMIT membershipChanged(s, space); });
}

void Sharing::revoke(const QByteArray &space, const QByteArray &account)
{
    auto fail = [this, space](const Error &e) { Q_EMIT membershipChanged(e, space); };
    if (!d->vault.ownsSpace(space))
        return fail(notOwner());
    auto m = d->material();
    if (!m)
        return fail(m.error());
    auto list = d->engine.spaceSync().currentList(*m, space);
    if (!list)
        return fail(list.error());
    const qsizetype before = list->members.size();
    list->members.removeIf(
        [&account](const sharing::MemberEntry &e) { return e.account == account && e.role != sharing::Role::Owner; });
    if (list->members.size() == before)
        return fail(makeError(ErrorCode::NotFound, trNoop("Sync", "This person is not a member of the space.")));
    list->version += 1;
    d->publish(*list, true, {}, [this, space](const Status &s) { Q_EMIT membershipChanged(s, space); });
}

void Sharing::fetchAccessLog(const QByteArray &space)
{
    HttpClient *http = d->engine.client();
    if (!http) {
        Q_EMIT accessLogReady(space, notConnected(), {});
        return;
    }
    if (!d->vault.ownsSpace(space)) {
        Q_EMIT accessLogReady(space, notOwner(), {});
        return;
    }
    if (const auto state = d->vault.spaceState(space); state && !state->registered) {
        // Made here and not yet sent to the server (the next sync does): nobody can have
        // fetched anything from it, and asking would only bring a 404 (issue 15).
        Q_EMIT accessLogReady(space, {}, {});
        return;
    }
    http->get(spacePath(space) + QStringLiteral("/access"), true, [this, space](const HttpReply &reply) {
        if (!reply.ok()) {
            Q_EMIT accessLogReady(space, sharingAnswerError(reply), {});
            return;
        }
        QList<AccessEvent> events;
        for (const QJsonValue &v : reply.json.value(QStringLiteral("events")).toArray()) {
            protocol::JsonReader r(v.toObject());
            AccessEvent e;
            e.account = r.bytes(QStringLiteral("account"), protocol::IdSize);
            e.device = r.bytes(QStringLiteral("device"), protocol::IdSize);
            e.time = fromMs(r.integer(QStringLiteral("time"), 0, qint64(1) << 52));
            e.count = int(r.integer(QStringLiteral("count"), 0, 1 << 30));
            if (!r.ok()) {
                Q_EMIT accessLogReady(space, unreadableAnswer(), {});
                return;
            }
            events.append(e);
        }
        Q_EMIT accessLogReady(space, {}, events);
    });
}

namespace {
/** The invitation's keys from a typed code or QR text. */
Result<sharing::InviteKeys> keysOfCode(const QString &code)
{
    auto secret = sharing::parseInviteCode(code);
    if (!secret)
        return badCode();
    return sharing::deriveInvite(*secret);
}
} // namespace

void Sharing::openInvite(const QString &code)
{
    auto fail = [this](const Error &e) { Q_EMIT inviteOpened(e, {}); };
    auto keys = keysOfCode(code);
    if (!keys)
        return fail(keys.error());
    HttpClient *http = d->engine.client();
    if (!http)
        return fail(notConnected());
    auto shared = std::make_shared<sharing::InviteKeys>(std::move(*keys));
    http->get(invitePath(shared->invite), true, [this, shared, fail](const HttpReply &reply) {
        if (!reply.ok())
            return fail(sharingAnswerError(reply, SharingRequest::Invite));
        protocol::JsonReader r(reply.json);
        const QByteArray sealed = r.bytes(QStringLiteral("card"), 0, int(sharing::MaxCardSize));
        const qint64 expires = r.integer(QStringLiteral("expires"), 0, qint64(1) << 52);
        if (!r.ok())
            return fail(unreadableAnswer());
        auto card = sharing::openOwnerCard(*shared, sealed);
        if (!card)
            return fail(badCode());
        OpenedInvite opened;
        opened.space = card->space;
        opened.owner = card->account;
        opened.ownerName = card->name;
        opened.spaceName = card->spaceName;
        opened.role = sharing::roleCode(card->role);
        opened.expires = fromMs(expires);
        opened.safetyNumber = d->safetyWith(card->signPub);
        Q_EMIT inviteOpened({}, opened);
    });
}

void Sharing::acceptInvite(const QString &code, const QString &myName, const QString &careRole)
{
    auto fail = [this](const Error &e) { Q_EMIT inviteAccepted(e, {}); };
    auto keys = keysOfCode(code);
    if (!keys)
        return fail(keys.error());
    HttpClient *http = d->engine.client();
    if (!http)
        return fail(notConnected());
    auto shared = std::make_shared<sharing::InviteKeys>(std::move(*keys));
    http->get(invitePath(shared->invite), true, [this, shared, myName, careRole, fail](const HttpReply &reply) {
        if (!reply.ok())
            return fail(sharingAnswerError(reply, SharingRequest::Invite));
        protocol::JsonReader r(reply.json);
        const QByteArray sealed = r.bytes(QStringLiteral("card"), 0, int(sharing::MaxCardSize));
        if (!r.ok())
            return fail(unreadableAnswer());
        auto card = sharing::openOwnerCard(*shared, sealed);
        if (!card)
            return fail(badCode());
        auto m = d->material();
        if (!m)
            return fail(m.error());
        const protocol::AccountMaterial &material = **m;
        auto signPub = crypto::ed25519::publicFromSecret(material.signSecret);
        auto boxPub = crypto::x25519::publicFromSecret(material.boxSecret);
        if (!signPub || !boxPub)
            return fail(makeError(ErrorCode::Crypto, trNoop("Sync", "The account's keys could not be prepared.")));
        auto guestCard = sharing::sealGuestCard(*shared, {myName, careRole});
        if (!guestCard)
            return fail(guestCard.error());
        const QByteArray mac = sharing::acceptMac(*shared, material.account, *signPub, *boxPub);
        const sharing::OwnerCard owner = *card;
        HttpClient *client = d->engine.client();
        if (!client)
            return fail(notConnected());
        client->post(invitePath(shared->invite) + QStringLiteral("/accept"),
            QJsonObject {{QStringLiteral("signPub"), protocol::toBase64Url(*signPub)},
                {QStringLiteral("boxPub"), protocol::toBase64Url(*boxPub)},
                {QStringLiteral("card"), protocol::toBase64Url(*guestCard)},
                {QStringLiteral("mac"), protocol::toBase64Url(mac)}},
            true, [this, owner, fail](const HttpReply &accept) {
                if (!accept.ok())
                    return fail(sharingAnswerError(accept, SharingRequest::Invite));
                // The owner key from the card is pinned for this space: every member list of
                // it must carry this key's signature.
                vault::SpaceState state = d->vault.spaceState(owner.space).value_or(vault::SpaceState {});
                state.id = owner.space;
                state.owner = owner.account;
                state.role = sharing::roleCode(owner.role);
                state.ownerSignPub = owner.signPub;
                state.ownerBoxPub = owner.boxPub;
                state.registered = true;
                if (auto s = d->vault.saveSpaceState(state); !s)
                    return fail(s.error());
                (void)d->vault.addMemberKey(owner.space, owner.account, owner.signPub);
                Q_EMIT inviteAccepted({}, owner.space);
            });
    });
}

Status Sharing::setVerified(const QByteArray &account, bool verified)
{
    return d->vault.setContactVerified(account, verified);
}

} // namespace cc::sync
