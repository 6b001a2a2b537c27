// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/argon2id.h"

#include <QDate>
#include <QString>

namespace cc::demo {

/**
 * The local demo vault: a vault holding the demo story, for trying CareCircle out. Its
 * passphrase is public (printed in the README), so it must never hold real data; the app
 * says so on its unlock page.
 */
namespace demovault {
/** The demo vault's published passphrase. */
QString passphrase();
/** Creates a vault in @p directory and writes the demo story dated around @p today into it.
 *  Returns the recovery key. */
Result<QString> create(const QString &directory, QDate today = QDate::currentDate(),
    const crypto::Argon2Params &kdf = crypto::argon2::defaults());
/** The same with the story grown to about @p records records (demohistory), written in batches
 *  of one transaction each. */
Result<QString> create(const QString &directory, int records, QDate today = QDate::currentDate(),
    const crypto::Argon2Params &kdf = crypto::argon2::defaults());
} // namespace demovault

} // namespace cc::demo
