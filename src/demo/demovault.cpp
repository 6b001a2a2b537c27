// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demovault.h"

#include "demo/demohistory.h"
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
    return create(directory, 0, today, kdf);
}

Result<QString> create(const QString &directory, int records, QDate today, const crypto::Argon2Params &kdf)
{
    QByteArray pass = passphrase().toUtf8();
    auto created = vault::Vault::create(directory, crypto::SecureBuffer::takeFrom(pass), kdf);
    if (!created)
        return created.error();
    domain::CareStore store(*created->vault);
    const auto importBatch = [&store](const domain::CareRecords &batch) { return store.importRecords(batch); };
    if (auto s = demohistory::write(generateDemoStory(today), records, importBatch); !s) {
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
