// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: creates (or opens) a vault and writes records one transaction at a time,
// printing "committed N" after each commit, until killed. Used by tst_vaultcrash.
#include "crypto/random.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: vault_writer DIR PASSPHRASE\n");
        return 1;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    auto pass = cc::crypto::SecureBuffer::copyOf(QByteArrayView(argv[2]));
    std::unique_ptr<cc::vault::Vault> vault;
    if (cc::vault::Vault::exists(dir)) {
        auto opened = cc::vault::Vault::open(dir);
        if (!opened || !(*opened)->unlockWithPassphrase(pass))
            return 2;
        vault = std::move(*opened);
    } else {
        auto created = cc::vault::Vault::create(dir, pass, {1, 1024, 1});
        if (!created)
            return 1;
        vault = std::move(created->vault);
    }
    for (int i = 0;; ++i) {
        const QByteArray payload = QByteArray("record-") + QByteArray::number(i) + QByteArray(200, 'x');
        if (!vault->put({vault->privateSpaceId(), cc::crypto::randomBytes(16), payload, false}))
            return 1;
        std::printf("committed %d\n", i + 1);
        std::fflush(stdout);
    }
}
