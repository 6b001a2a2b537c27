// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/vault.h"

#include <QByteArray>
#include <QString>

/** How the sharing controllers pass ids to QML (hex text) and name this account. */
namespace cc::app::sharinghex {

inline QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

inline QByteArray unhex(const QString &text)
{
    return QByteArray::fromHex(text.toLatin1());
}

/** This account's id (the vault's id before it has an account). */
inline QByteArray ownAccount(const vault::Vault &vault)
{
    return vault.accountId().isEmpty() ? vault.vaultId() : vault.accountId();
}

} // namespace cc::app::sharinghex
