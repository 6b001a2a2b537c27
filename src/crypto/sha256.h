// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace cc::crypto {

constexpr int Sha256Size = 32;

/** SHA-256 of the concatenation of @p parts (no copy of them is made). Thread-safe: each
 *  thread reuses its own digest context, since a record tree hashes thousands of leaves. */
QByteArray sha256(std::initializer_list<QByteArrayView> parts);

} // namespace cc::crypto
