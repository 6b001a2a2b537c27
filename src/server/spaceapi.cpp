// SPDX-License-Identifier: GPL-3.0-or-later
#include "spaceapi.h"

#include "apiutil.h"
#include "crypto/keypair.h"
#include "hinthub.h"
#include "protocol/sharing.h"

#include <limits>

namespace cc::server {

namespace errors = protocol::errors;
namespace sharing = protocol::sharing;
using namespace apiutil;
using protocol::JsonReader;
using protocol::toBase64Url;

HttpResponse SpaceApi::createSpace(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray space = r.bytes(QStringLiteral("space"), protocol::IdSize);
    if (!r.ok())
        return badRequest(r.problem());
    auto put = m_api.storage().createSpace(space, c.session.account, now());
    if (!put)
        return serverError();
    return created(*put);
}

HttpResponse SpaceApi::listSpaces(Api::Context &c)
{
    auto rows = m_api.storage().spaces(c.session.account, now());
    if (!rows)
        return serverError();
    QJsonArray list;
    for (const Storage::SpaceRow &s : *rows) {
        list.append(QJsonObject {{QStringLiteral("space"), toBase64Url(s.space)},
            {QStringLiteral("owner"), toBase64Url(s.owner)}, {QStringLiteral("role"), s.role},
            {QStringLiteral("seq"), double(s.seq)}, {QStringLiteral("keyVersion"), double(s.keyVersion)},
            {QStringLiteral("listVersion"), double(s.listVersion)}, {QStringLiteral("expires"), nullable(s.expires)},
            {QStringLiteral("removed"), nullable(s.removed)}});
    }
    return json(200, {{QStringLiteral("spaces"), list}});
}

HttpResponse SpaceApi::putMembers(Api::Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    JsonReader r = readBody(c.request);
    const QByteArray listBytes = r.bytes(QStringLiteral("list"));
    const QByteArray sig = r.bytes(QStringLiteral("sig"), protocol::SignatureSize);
    const QJsonArray wrapArray = r.array(QStringLiteral("wraps"));
    if (!r.ok())
        return badRequest(r.problem());
    QList<Storage::KeyWrapRow> wraps;
    if (auto refusal = readWraps(wrapArray, &wraps))
        return *refusal;
    if (auto refusal = m_api.denied(*space, c.session.account, Api::Need::Owner))
        return *refusal;
    auto owner = m_api.storage().account(c.session.account);
    if (!owner || !owner->has_value())
        return serverError();
    const QByteArray ownerSignPub = (*owner)->signPub;
    if (!sharing::verifyMemberList(ownerSignPub, listBytes, sig))
        return fail(400, errors::BadSignature, QStringLiteral("The member list is not signed by the space's owner."));
    const auto list = sharing::decodeMemberList(listBytes);
    if (!list)
        return badRequest(QStringLiteral("The member list is malformed."));
    if (list->space != *space || list->owner != c.session.account)
        return badRequest(QStringLiteral("The member list names another space or owner."));
    QList<Storage::MemberUpdate> members;
    if (auto refusal = memberUpdates(*list, &members))
        return *refusal;
    for (qsizetype i = 0; i < wraps.size(); ++i) {
        const Storage::KeyWrapRow &w = wraps.at(i);
        const sharing::MemberEntry *entry = list->find(w.account);
        if (!entry || entry->role == sharing::Role::Owner || w.keyVersion > qint64(list->keyVersion))
            return badRequest(
                QStringLiteral("wraps[%1] names no listed member or a key version after the list's.").arg(i));
        if (!sharing::verifyKeyWrap(
                ownerSignPub, *space, sharing::KeyWrap {w.account, quint32(w.keyVersion), w.wrap, w.sig}))
            return fail(400, errors::BadSignature, QStringLiteral("wraps[%1] is not signed by the owner.").arg(i));
    }
    QList<QByteArray> affected;
    auto outcome = m_api.storage().putMembers(
        *space, qint64(list->version), qint64(list->keyVersion), listBytes, sig, members, wraps, now(), &affected);
    if (!outcome)
        return serverError();
    if (*outcome != Storage::MembersOutcome::Stored)
        return membersRefusal(*outcome);
    m_api.hints().publishMembers(*space, affected);
    return noContent();
}

std::optional<HttpResponse> SpaceApi::readWraps(const QJsonArray &wrapArray, QList<Storage::KeyWrapRow> *wraps)
{
    for (qsizetype i = 0; i < wrapArray.size(); ++i) {
        if (!wrapArray.at(i).isObject())
            return badRequest(QStringLiteral("wraps[%1]: not an object").arg(i));
        JsonReader w(wrapArray.at(i).toObject());
        Storage::KeyWrapRow row;
        row.account = w.bytes(QStringLiteral("account"), protocol::IdSize);
        row.keyVersion = w.integer(QStringLiteral("keyVersion"), 1, std::numeric_limits<quint32>::max());
        row.wrap = w.bytes(QStringLiteral("wrap"), crypto::sealedbox::Overhead + 32);
        row.sig = w.bytes(QStringLiteral("sig"), protocol::SignatureSize);
        if (!w.ok())
            return badRequest(QStringLiteral("wraps[%1]: %2").arg(i).arg(w.problem()));
        wraps->append(row);
    }
    return std::nullopt;
}

std::optional<HttpResponse> SpaceApi::memberUpdates(
    const sharing::MemberList &list, QList<Storage::MemberUpdate> *members)
{
    for (const sharing::MemberEntry &entry : list.members) {
        auto account = m_api.storage().account(entry.account);
        if (!account)
            return serverError();
        if (!account->has_value())
            return fail(404, errors::NotFound, QStringLiteral("The member list names an unknown account."));
        if (auto weak = weakKeys(QStringLiteral("member"), entry.signPub, entry.boxPub))
            return *weak;
        if ((*account)->signPub != entry.signPub || (*account)->boxPub != entry.boxPub)
            return badRequest(QStringLiteral("The member list names an account with other keys than its own."));
        members->append(Storage::MemberUpdate {entry.account, sharing::roleCode(entry.role),
            entry.expires ? std::optional<qint64>(entry.expires) : std::nullopt});
    }
    return std::nullopt;
}

HttpResponse SpaceApi::membersRefusal(Storage::MembersOutcome outcome)
{
    switch (outcome) {
    case Storage::MembersOutcome::Stored:
        break;
    case Storage::MembersOutcome::NotNewer:
        return fail(409, errors::Conflict, QStringLiteral("The member list is not newer than the stored one."));
    case Storage::MembersOutcome::KeyVersionLower:
        return badRequest(QStringLiteral("The member list's key version is lower than the stored one."));
    case Storage::MembersOutcome::MissingWrap:
        return badRequest(QStringLiteral("A listed member has no key wrap for the list's key version."));
    case Storage::MembersOutcome::NoSuchSpace:
        return fail(404, errors::NotFound, QStringLiteral("No such space."));
    }
    return serverError();
}

HttpResponse SpaceApi::getMembers(Api::Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    // ?since=V: only the earlier lists after version V (a client holds those up to its own).
    const std::optional<qint64> since =
        queryInteger(c.request.query, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    if (!since)
        return badRequest(QStringLiteral("since must be a list version ≥ 0."));
    if (auto refusal = m_api.denied(*space, c.session.account, Api::Need::Member))
        return *refusal;
    auto row = m_api.storage().memberList(*space);
    auto history = m_api.storage().memberListHistory(*space, *since);
    if (!row || !row->has_value() || !history)
        return serverError();
    QJsonArray lists;
    for (const Storage::MemberListRow &h : *history) {
        if (h.version < (*row)->version)
            lists.append(QJsonObject {{QStringLiteral("list"), toBase64Url(h.list)},
                {QStringLiteral("sig"), toBase64Url(h.sig)}, {QStringLiteral("version"), double(h.version)}});
    }
    return json(200,
        {{QStringLiteral("list"), nullableBytes((*row)->list)}, {QStringLiteral("sig"), nullableBytes((*row)->sig)},
            {QStringLiteral("version"), double((*row)->version)},
            {QStringLiteral("keyVersion"), double((*row)->keyVersion)}, {QStringLiteral("history"), lists}});
}

HttpResponse SpaceApi::getKeys(Api::Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    if (auto refusal = m_api.denied(*space, c.session.account, Api::Need::Member))
        return *refusal;
    auto wraps = m_api.storage().keyWraps(*space, c.session.account);
    if (!wraps)
        return serverError();
    QJsonArray keys;
    for (const Storage::KeyWrapRow &w : *wraps) {
        keys.append(QJsonObject {{QStringLiteral("keyVersion"), double(w.keyVersion)},
            {QStringLiteral("wrap"), toBase64Url(w.wrap)}, {QStringLiteral("sig"), toBase64Url(w.sig)}});
    }
    return json(200, {{QStringLiteral("keys"), keys}});
}

HttpResponse SpaceApi::getSpaceDevices(Api::Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    if (auto refusal = m_api.denied(*space, c.session.account, Api::Need::Member))
        return *refusal;
    auto accounts = m_api.storage().everMemberAccounts(*space);
    if (!accounts)
        return serverError();
    QJsonArray list;
    for (const QByteArray &id : *accounts) {
        auto account = m_api.storage().account(id);
        auto devices = m_api.storage().devices(id);
        if (!account || !devices)
            return serverError();
        if (!account->has_value())
            continue;
        QJsonArray devs;
        for (const Storage::Device &d : *devices) {
            devs.append(QJsonObject {{QStringLiteral("id"), toBase64Url(d.id)},
                {QStringLiteral("signPub"), toBase64Url(d.signPub)},
                {QStringLiteral("certificate"), toBase64Url(d.certificate)},
                {QStringLiteral("revoked"), nullable(d.revoked)}});
        }
        list.append(QJsonObject {{QStringLiteral("account"), toBase64Url(id)},
            {QStringLiteral("signPub"), toBase64Url((*account)->signPub)}, {QStringLiteral("devices"), devs}});
    }
    return json(200, {{QStringLiteral("accounts"), list}});
}

} // namespace cc::server
