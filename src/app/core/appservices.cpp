// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/appservices.h"

#include "app/checkin/checkincontroller.h"
#include "app/checkin/trendscontroller.h"
#include "app/core/languagesettings.h"
#include "app/core/memorytrim.h"
#include "app/core/qmlsingletons.h"
#include "app/goals/goalscontroller.h"
#include "app/home/caredata.h"
#include "app/plan/careplancontroller.h"
#include "app/session/qtkeychainstore.h"
#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sharing/inviteflow.h"
#include "app/sharing/joinflow.h"
#include "app/sharing/sharingspaces.h"
#include "app/sharing/sharingstatus.h"
#include "app/sharing/spacemembers.h"
#include "app/sync/conflictscontroller.h"
#include "app/sync/devicelinkflow.h"
#include "app/sync/devicelist.h"
#include "app/sync/syncactivity.h"
#include "app/sync/syncstatus.h"
#include "app/team/careteamcontroller.h"
#include "app/workspace/careteamdemo.h"
#include "app/workspace/workspacecontroller.h"
#include "sync/sharing.h"

#include <QGuiApplication>

namespace cc::app {

/** Declared in build order; ~AppServices() undoes it in reverse, vault readers first. */
struct AppServices::Parts {
    std::unique_ptr<Session> session;
    std::unique_ptr<LanguageSettings> language;
    std::unique_ptr<CareData> careData;
    std::unique_ptr<VaultController> vault;
    std::unique_ptr<SyncActivity> syncActivity;
    std::unique_ptr<SyncStatus> syncStatus;
    std::unique_ptr<DeviceList> deviceList;
    std::unique_ptr<DeviceLinkFlow> deviceLinkFlow;
    std::unique_ptr<SharingStatus> sharingStatus;
    std::unique_ptr<SharingSpaces> sharingSpaces;
    std::unique_ptr<SpaceMembers> spaceMembers;
    std::unique_ptr<InviteFlow> inviteFlow;
    std::unique_ptr<JoinFlow> joinFlow;
    std::unique_ptr<WorkspaceController> workspace;
    std::unique_ptr<CarePlanController> carePlan;
    std::unique_ptr<GoalsController> goals;
    std::unique_ptr<CheckInController> checkIn;
    std::unique_ptr<TrendsController> trends;
    std::unique_ptr<CareTeamController> careTeam;
    std::unique_ptr<ConflictsController> conflicts;
    std::unique_ptr<MemoryTrim> memoryTrim;
};

AppServices::AppServices(const Config &config, std::unique_ptr<vault::Keystore> keystore) : d(std::make_unique<Parts>())
{
    QtKeychainStore *systemKeystore = nullptr;
    if (!keystore) {
        auto made = std::make_unique<QtKeychainStore>();
        systemKeystore = made.get();
        keystore = std::move(made);
    }
    buildControllers(config, std::move(keystore));
    if (systemKeystore) {
        QObject::connect(systemKeystore, &QtKeychainStore::probed, d->vault.get(), &VaultController::slotsChanged);
        if (config.probeKeystore)
            systemKeystore->probe();
    }
    feedPatients(config.patients);
}

AppServices::~AppServices()
{
    // The page controllers and the workspace read the vault through the session; sharing
    // and sync work on it; the vault controller closes it. Nothing is trimmed on the way out.
    d->memoryTrim.reset();
    d->conflicts.reset();
    d->careTeam.reset();
    d->trends.reset();
    d->checkIn.reset();
    d->goals.reset();
    d->carePlan.reset();
    d->workspace.reset();
    d->joinFlow.reset();
    d->inviteFlow.reset();
    d->spaceMembers.reset();
    d->sharingSpaces.reset();
    d->sharingStatus.reset();
    d->deviceLinkFlow.reset();
    d->deviceList.reset();
    d->syncStatus.reset();
    d->syncActivity.reset();
    d->vault.reset();
    d->careData.reset();
    d->language.reset();
    d->session.reset();
}

void AppServices::buildControllers(const Config &config, std::unique_ptr<vault::Keystore> keystore)
{
    Session *session = (d->session = std::make_unique<Session>()).get();
    d->language = std::make_unique<LanguageSettings>(nullptr);
    d->careData = std::make_unique<CareData>(nullptr);
    d->careData->followSession(session);
    d->vault = std::make_unique<VaultController>(
        config.vaultPath, config.isDemo, std::move(keystore), d->careData.get(), session);
    buildSync(session);
    d->sharingStatus = std::make_unique<SharingStatus>();
    d->sharingSpaces = std::make_unique<SharingSpaces>(d->syncStatus.get(), session, d->sharingStatus.get());
    d->spaceMembers = std::make_unique<SpaceMembers>(d->sharingSpaces.get());
    d->inviteFlow = std::make_unique<InviteFlow>(d->sharingSpaces.get(), d->spaceMembers.get());
    d->joinFlow = std::make_unique<JoinFlow>(d->sharingSpaces.get());
    d->workspace = std::make_unique<WorkspaceController>(session);
    VaultController *vault = d->vault.get();
    d->workspace->setVaultSource([vault] { return vault->vault(); });
    d->carePlan = std::make_unique<CarePlanController>(session);
    d->goals = std::make_unique<GoalsController>(session);
    d->checkIn = std::make_unique<CheckInController>(session);
    d->trends = std::make_unique<TrendsController>(session);
    d->careTeam = std::make_unique<CareTeamController>(session);
    d->conflicts = std::make_unique<ConflictsController>(session);
    QObject::connect(d->language.get(), &LanguageSettings::languageChanged, vault, &VaultController::refresh);
    buildMemoryTrim();
}

void AppServices::buildMemoryTrim()
{
    MemoryTrim *trim = (d->memoryTrim = std::make_unique<MemoryTrim>()).get();
    VaultController *vault = d->vault.get();
    // A lock drops every decoded record: give their pages back once the unlock page is up.
    QObject::connect(vault, &VaultController::stateChanged, trim, [vault, trim] {
        if (vault->state() == VaultController::Locked)
            trim->pageClosed();
    });
    // Hidden: at once (a suspended app's event loop may not run again for a long time). The
    // vault controller, made and connected before this, has locked on the same change.
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QObject::connect(gui, &QGuiApplication::applicationStateChanged, trim, [trim](Qt::ApplicationState state) {
            if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
                trim->releaseNow();
        });
}

void AppServices::buildSync(Session *session)
{
    SyncActivity *activity = (d->syncActivity = std::make_unique<SyncActivity>()).get();
    SyncStatus *status = (d->syncStatus = std::make_unique<SyncStatus>(d->vault.get(), session, activity)).get();
    d->deviceList = std::make_unique<DeviceList>(status, activity);
    d->deviceLinkFlow = std::make_unique<DeviceLinkFlow>(d->vault.get(), status, activity);
}

void AppServices::feedPatients(PatientFeed feed)
{
    VaultController *vault = d->vault.get();
    WorkspaceController *workspace = d->workspace.get();
    SyncStatus *sync = d->syncStatus.get();
    if (feed == PatientFeed::CareTeamDemo || feed == PatientFeed::CaregiverDemo) {
        // Stands in for sync::Sharing::spaces(): the demo's patients, read once unlocked.
        workspace->setDemo(true, feed == PatientFeed::CaregiverDemo);
        QObject::connect(vault, &VaultController::stateChanged, workspace, [vault, workspace] {
            if (vault->state() == VaultController::Unlocked && vault->vault())
                workspace->setPatients(careteamdemo::patients(*vault->vault()));
        });
    } else if (feed == PatientFeed::SharedWithMe) {
        // My patients: everyone who shared a space with this account (and has not removed it).
        auto feedShared = [sync, workspace] {
            workspace->setPatients(
                sync->sharing() ? patientsSharedWithMe(sync->sharing()->spaces()) : QList<PatientSource> {});
        };
        QObject::connect(sync, &SyncStatus::engineChanged, workspace, [sync, workspace, feedShared] {
            feedShared();
            if (sync->sharing())
                QObject::connect(sync->sharing(), &sync::Sharing::spacesChanged, workspace, feedShared);
        });
    }
}

void AppServices::publishToQml()
{
    using namespace qmlsingletons;
    LanguageSettingsForeign::instance = d->language.get();
    SessionForeign::instance = d->session.get();
    VaultControllerForeign::instance = d->vault.get();
    CareDataForeign::instance = d->careData.get();
    CarePlanControllerForeign::instance = d->carePlan.get();
    GoalsControllerForeign::instance = d->goals.get();
    CheckInControllerForeign::instance = d->checkIn.get();
    TrendsControllerForeign::instance = d->trends.get();
    CareTeamControllerForeign::instance = d->careTeam.get();
    SharingStatusForeign::instance = d->sharingStatus.get();
    SharingSpacesForeign::instance = d->sharingSpaces.get();
    SpaceMembersForeign::instance = d->spaceMembers.get();
    InviteFlowForeign::instance = d->inviteFlow.get();
    JoinFlowForeign::instance = d->joinFlow.get();
    SyncActivityForeign::instance = d->syncActivity.get();
    SyncStatusForeign::instance = d->syncStatus.get();
    DeviceListForeign::instance = d->deviceList.get();
    DeviceLinkFlowForeign::instance = d->deviceLinkFlow.get();
    ConflictsControllerForeign::instance = d->conflicts.get();
    WorkspaceControllerForeign::instance = d->workspace.get();
    MemoryTrimForeign::instance = d->memoryTrim.get();
}

void AppServices::attachEngine(QQmlEngine *engine)
{
    d->language->setEngine(engine);
    d->memoryTrim->setEngine(engine);
}

Session *AppServices::session() const
{
    return d->session.get();
}
MemoryTrim *AppServices::memoryTrim() const
{
    return d->memoryTrim.get();
}
LanguageSettings *AppServices::language() const
{
    return d->language.get();
}
CareData *AppServices::careData() const
{
    return d->careData.get();
}
VaultController *AppServices::vault() const
{
    return d->vault.get();
}
SyncActivity *AppServices::syncActivity() const
{
    return d->syncActivity.get();
}
SyncStatus *AppServices::syncStatus() const
{
    return d->syncStatus.get();
}
DeviceList *AppServices::deviceList() const
{
    return d->deviceList.get();
}
DeviceLinkFlow *AppServices::deviceLinkFlow() const
{
    return d->deviceLinkFlow.get();
}
SharingStatus *AppServices::sharingStatus() const
{
    return d->sharingStatus.get();
}
SharingSpaces *AppServices::sharingSpaces() const
{
    return d->sharingSpaces.get();
}
SpaceMembers *AppServices::spaceMembers() const
{
    return d->spaceMembers.get();
}
InviteFlow *AppServices::inviteFlow() const
{
    return d->inviteFlow.get();
}
JoinFlow *AppServices::joinFlow() const
{
    return d->joinFlow.get();
}
WorkspaceController *AppServices::workspace() const
{
    return d->workspace.get();
}
CarePlanController *AppServices::carePlan() const
{
    return d->carePlan.get();
}
GoalsController *AppServices::goals() const
{
    return d->goals.get();
}
CheckInController *AppServices::checkIn() const
{
    return d->checkIn.get();
}
TrendsController *AppServices::trends() const
{
    return d->trends.get();
}
CareTeamController *AppServices::careTeam() const
{
    return d->careTeam.get();
}
ConflictsController *AppServices::conflicts() const
{
    return d->conflicts.get();
}

} // namespace cc::app
