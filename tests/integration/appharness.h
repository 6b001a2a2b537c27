// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app as a person drives it in the integration tests: a phone with its vault, sync and
// sharing controllers (as main() builds them), and carecircle-cli as a second process for
// another device or another person.
#include "app/core/storecontext.h"
#include "app/home/caredata.h"
#include "app/session/vaultcontroller.h"
#include "app/sharing/sharingcontroller.h"
#include "app/sync/synccontroller.h"
#include "domain/carestore.h"
#include "vault/keystore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cc::testing {

/** Runs carecircle-cli with @p input on stdin; returns its exit status (-1 if it hung). It
 *  waits in the event loop: the app under test keeps answering meanwhile. */
inline int cli(const QStringList &arguments, const QString &input, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(CARECIRCLE_CLI), arguments);
    if (!process.waitForStarted())
        return -1;
    process.write(input.toUtf8());
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

struct Phone {
    QTemporaryDir dir;
    app::CareData data {nullptr};
    std::unique_ptr<app::VaultController> vaults;
    std::unique_ptr<app::SyncController> sync;
    std::unique_ptr<app::SharingController> sharing;

    Phone()
    {
        vaults = std::make_unique<app::VaultController>(
            dir.filePath(QStringLiteral("vault")), false, std::make_unique<vault::MemoryKeystore>(), &data);
        sync = std::make_unique<app::SyncController>(vaults.get(), nullptr);
        sharing = std::make_unique<app::SharingController>(sync.get(), nullptr);
    }
    ~Phone()
    {
        sharing.reset();
        sync.reset();
        vaults->lock();
    }
    domain::CareStore *store() const { return app::StoreContext::instance()->store(); }
    bool settled() const { return sync->status() == app::SyncController::UpToDate && sync->pendingChanges() == 0; }
};

} // namespace cc::testing
