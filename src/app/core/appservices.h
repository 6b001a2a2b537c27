// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/keystore.h"

#include <QString>

#include <memory>

class QQmlEngine;

namespace cc::app {

class CareData;
class CarePlanController;
class CareTeamController;
class CheckInController;
class ConflictsController;
class DeviceLinkFlow;
class DeviceList;
class GoalsController;
class InviteFlow;
class JoinFlow;
class LanguageSettings;
class MemoryTrim;
class Session;
class SharingSpaces;
class SharingStatus;
class SpaceMembers;
class SyncActivity;
class SyncStatus;
class TrendsController;
class VaultController;
class WorkspaceController;

/**
 * Builds every controller of the app once, each with what it needs handed in (the Session,
 * the VaultController, the SyncStatus …), and owns them. main() and the tests make one
 * of these instead of wiring controllers by hand; publishToQml() then hands the instances to
 * the QML singletons of qmlsingletons.h.
 *
 * Must be destroyed before the QGuiApplication: the destructor closes the vault (and stops
 * sync) while Qt SQL still works, and tears down in dependency order (readers of the vault
 * first).
 */
class AppServices
{
public:
    /** Where the care-team workspace gets its patients from. */
    enum class PatientFeed {
        None, ///< set by hand (tests)
        SharedWithMe, ///< everyone who shared a space with this account (the app)
        CareTeamDemo, ///< the care-team demo vault's patients, read once unlocked
        CaregiverDemo, ///< the caregiver demo's patient, whose circle opens once unlocked
    };

    struct Config {
        QString vaultPath;
        bool isDemo = false;
        PatientFeed patients = PatientFeed::None;
        /** Ask the system keystore whether it is available (off in CI modes: no session bus). */
        bool probeKeystore = false;
    };

    /** @p keystore: the unlock-slot store; nullptr uses the system keychain (QtKeychainStore). */
    explicit AppServices(const Config &config, std::unique_ptr<vault::Keystore> keystore = {});
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    /** Sets the instances the QML singletons return; call once, before the engine loads QML. */
    void publishToQml();
    /** The engine whose bindings a language change re-evaluates. */
    void attachEngine(QQmlEngine *engine);

    Session *session() const;
    LanguageSettings *language() const;
    MemoryTrim *memoryTrim() const;
    CareData *careData() const;
    VaultController *vault() const;
    SyncActivity *syncActivity() const;
    SyncStatus *syncStatus() const;
    DeviceList *deviceList() const;
    DeviceLinkFlow *deviceLinkFlow() const;
    SharingStatus *sharingStatus() const;
    SharingSpaces *sharingSpaces() const;
    SpaceMembers *spaceMembers() const;
    InviteFlow *inviteFlow() const;
    JoinFlow *joinFlow() const;
    WorkspaceController *workspace() const;
    CarePlanController *carePlan() const;
    GoalsController *goals() const;
    CheckInController *checkIn() const;
    TrendsController *trends() const;
    CareTeamController *careTeam() const;
    ConflictsController *conflicts() const;

private:
    void buildControllers(const Config &config, std::unique_ptr<vault::Keystore> keystore);
    /** SyncActivity, SyncStatus, DeviceList and DeviceLinkFlow, after the vault controller. */
    void buildSync(Session *session);
    void feedPatients(PatientFeed feed);
    /** MemoryTrim, told of locks and of the app being hidden (the shell tells it of pages). */
    void buildMemoryTrim();

    struct Parts;
    std::unique_ptr<Parts> d;
};

} // namespace cc::app
