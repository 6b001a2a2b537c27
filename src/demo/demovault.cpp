// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demovault.h"

#include "demo/demostory.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QDir>

namespace cc::demo::demovault {

QString passphrase()
{
    return QStringLiteral("Mechelen-zaterdagmarkt-2026");
}

Result<QString> create(const QString &directory, QDate today, const crypto::Argon2Params &kdf)
{
    QByteArray pass = passphrase().toUtf8();
    auto created = vault::Vault::create(directory, crypto::SecureBuffer::takeFrom(pass), kdf);
    if (!created)
        return created.error();
    domain::CareStore store(*created->vault);
    if (auto s = store.importRecords(generateDemoStory(today).records()); !s) {
        // Leave no half-made demo vault behind: the next start makes it again.
        const QString path = vault::Vault::databasePath(directory);
        created->vault.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return s.error();
    }
    return created->recoveryKey;
}

} // namespace cc::demo::demovault
