// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace cc::domain {

class CareStore;

/**
 * The rules for an account's own sharing spaces that the app and carecircle-cli share:
 * making one (a valid, unique name) and moving a record into one.
 */
namespace ownspaces {

/**
 * Makes an own space named @p name (trimmed; unique among own spaces, case-insensitively) with
 * @p colour (empty: the first of SpaceInfo::colours()) and the profile's name as owner name,
 * and writes its sealed SpaceInfo. @p makeSpace makes the space's id and key in the vault
 * (Vault::createSpace, or Sharing::createSpace, which also announces it). The new space id.
 */
Result<QByteArray> create(
    CareStore &store, const QString &name, const QString &colour, const std::function<Result<QByteArray>()> &makeSpace);

/** Moves record @p recordId (with what belongs to it) into @p space: the private space or a
 *  space this device knows by its SpaceInfo. */
Status moveRecord(CareStore &store, const QByteArray &recordId, const QByteArray &space);

/** The own space named @p name (case-insensitively), or NotFound. */
Result<QByteArray> named(const CareStore &store, const QString &name);

} // namespace ownspaces
} // namespace cc::domain
