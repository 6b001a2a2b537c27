// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app as a person drives it in the integration tests: a phone with its vault, sync and
// sharing controllers (as main() builds them), and carecircle-cli as a second process for
// another device or another person.
#include "app/core/appservices.h"
#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sharing/inviteflow.h"
#include "app/sharing/joinflow.h"
#include "app/sharing/sharingspaces.h"
#include "app/sharing/sharingstatus.h"
#include "app/sharing/spacemembers.h"
#include "app/sync/devicelinkflow.h"
#include "app/sync/devicelist.h"
#include "app/sync/syncactivity.h"
#include "app/sync/syncstatus.h"
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
    app::AppServices services {{dir.filePath(QStringLiteral("vault"))}, std::make_unique<vault::MemoryKeystore>()};
    app::VaultController *vaults = services.vault();
    app::SyncActivity *activity = services.syncActivity();
    app::SyncStatus *sync = services.syncStatus();
    app::DeviceList *devices = services.deviceList();
    app::DeviceLinkFlow *link = services.deviceLinkFlow();
    app::SharingStatus *status = services.sharingStatus();
    app::SharingSpaces *spaces = services.sharingSpaces();
    app::SpaceMembers *members = services.spaceMembers();
    app::InviteFlow *invites = services.inviteFlow();
    app::JoinFlow *join = services.joinFlow();

    ~Phone() { vaults->lock(); }
    app::Session *session() const { return services.session(); }
    domain::CareStore *store() const { return services.session()->store(); }
    bool settled() const { return sync->status() == app::SyncStatus::UpToDate && sync->pendingChanges() == 0; }
};

} // namespace cc::testing
