// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/accountmaterial.h"
#include "syncengine.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <functional>

namespace cc::vault {
class Vault;
}

namespace cc::sync {
class HttpClient;
}

/** Pieces the engine, device linking and restore share (docs/sync-protocol.md). */
namespace cc::sync::account {

/** The private space's newest key (for device labels); nullptr if the material lacks it. */
const crypto::SecureBuffer *privateSpaceKey(const protocol::AccountMaterial &material);

/** A device name sealed for the other devices of the account: nonce ‖ AES-256-GCM under
 *  HKDF(private space key, info "carecircle/device-label/v1"), bound to the device id. */
Result<QByteArray> sealLabel(
    const protocol::AccountMaterial &material, const QByteArray &deviceId, const QString &label);
/** The name, or an empty string if it does not open. */
QString openLabel(const protocol::AccountMaterial &material, const QByteArray &deviceId, const QByteArray &sealed);

/** The body registering a device: {id, signPub, certificate, label}, the certificate signed
 *  with the account identity key. */
Result<QJsonObject> deviceRegistration(const protocol::AccountMaterial &material, const QByteArray &deviceId,
    const QByteArray &deviceSignPub, const QString &label);

/**
 * The body of POST /v1/accounts: identity keys, recovery locator, the recovery bundle sealed
 * now (a fresh nonce each call) and the proof; @p device is deviceRegistration()'s body.
 * The server treats a repeat with the same account, keys and locator as the same account
 * (docs/sync-protocol.md, "Registration is idempotent"), so a retry may send a new seal.
 */
Result<QJsonObject> accountRegistration(const protocol::AccountMaterial &material, const QJsonObject &device);

/**
 * Registration, as SyncEngine::connectToServer runs it: POST /v1/accounts with @p body
 * (accountRegistration() for @p account), the server noted in @p vault, then the private
 * space registered.
 * @p done gets whether the account was registered already, by an attempt that did not finish
 * (200 instead of 201); every step accepts its repeat, so a retry after a crash completes.
 */
void registerAccount(HttpClient &http, vault::Vault &vault, const QUrl &server, const QJsonObject &body,
    const QByteArray &account, const QByteArray &privateSpace, std::function<void(const Result<bool> &repeat)> done);

/** deviceRegistration() and accountRegistration() in one: the body of POST /v1/accounts. */
Result<QJsonObject> registrationBody(const protocol::AccountMaterial &material, const QByteArray &deviceId,
    const QByteArray &deviceSignPub, const QString &label);

/** The devices of GET /v1/account whose certificates verify with the account identity key. */
struct Devices {
    QHash<QByteArray, QByteArray> signKeys; ///< device id → Ed25519 public key
    QList<DeviceInfo> list;
};
Result<Devices> readDevices(
    const QJsonObject &answer, const protocol::AccountMaterial &material, const QByteArray &thisDevice);

/** Pins the owner keys @p material carries for spaces shared with the account, where this
 *  vault has none pinned yet (a pinned key is never replaced). */
Status pinOwners(vault::Vault &vault, const protocol::AccountMaterial &material);

/** ws(s)://…/v1/hints for an http(s) server address. */
QUrl hintsUrl(const QUrl &server);

} // namespace cc::sync::account
