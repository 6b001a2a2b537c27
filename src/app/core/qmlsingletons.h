// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where C++ objects are published to QML (in the style of KDE Itinerary's
// qmlsingletons.h). The controllers themselves carry no QML_ELEMENT / QML_SINGLETON: each is
// built with its dependencies by AppServices, which sets `instance` below once
// (AppServices::publishToQml()), and the QML engine asks create() for it. Qt 6.4 prefers a
// foreign struct's create() over the type's own constructor (QQmlPrivate::ConstructionMode::
// FactoryWrapper), so default-constructible controllers are not built a second time by QML.

#include "app/checkin/checkincontroller.h"
#include "app/checkin/trendscontroller.h"
#include "app/core/languagesettings.h"
#include "app/core/memorytrim.h"
#include "app/goals/goalscontroller.h"
#include "app/home/caredata.h"
#include "app/plan/careplancontroller.h"
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
#include "app/workspace/workspacecontroller.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace cc::app::qmlsingletons {

/** The injected instance, owned by C++ (AppServices): the engine must never delete it. */
template<typename T>
T *published(T *instance)
{
    Q_ASSERT(instance);
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

struct LanguageSettingsForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::LanguageSettings)
    QML_NAMED_ELEMENT(LanguageSettings)
    QML_SINGLETON
public:
    static cc::app::LanguageSettings *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::LanguageSettings *instance = nullptr;
};

/** The shell tells it when a page closed (MemoryTrim::pageClosed). */
struct MemoryTrimForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::MemoryTrim)
    QML_NAMED_ELEMENT(MemoryTrim)
    QML_SINGLETON
public:
    static cc::app::MemoryTrim *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::MemoryTrim *instance = nullptr;
};

/** For the QML-made CommentThread, which finds the session of its engine here. */
struct SessionForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::Session)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
public:
    static cc::app::Session *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::Session *instance = nullptr;
};

struct VaultControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::VaultController)
    QML_NAMED_ELEMENT(VaultController)
    QML_SINGLETON
public:
    static cc::app::VaultController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::VaultController *instance = nullptr;
};

struct CareDataForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::CareData)
    QML_NAMED_ELEMENT(CareData)
    QML_SINGLETON
public:
    static cc::app::CareData *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::CareData *instance = nullptr;
};

struct CarePlanControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::CarePlanController)
    QML_NAMED_ELEMENT(CarePlanController)
    QML_SINGLETON
public:
    static cc::app::CarePlanController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::CarePlanController *instance = nullptr;
};

struct GoalsControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::GoalsController)
    QML_NAMED_ELEMENT(GoalsController)
    QML_SINGLETON
public:
    static cc::app::GoalsController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::GoalsController *instance = nullptr;
};

struct CheckInControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::CheckInController)
    QML_NAMED_ELEMENT(CheckInController)
    QML_SINGLETON
public:
    static cc::app::CheckInController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::CheckInController *instance = nullptr;
};

struct TrendsControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::TrendsController)
    QML_NAMED_ELEMENT(TrendsController)
    QML_SINGLETON
public:
    static cc::app::TrendsController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::TrendsController *instance = nullptr;
};

struct CareTeamControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::CareTeamController)
    QML_NAMED_ELEMENT(CareTeamController)
    QML_SINGLETON
public:
    static cc::app::CareTeamController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::CareTeamController *instance = nullptr;
};

struct SharingStatusForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::SharingStatus)
    QML_NAMED_ELEMENT(SharingStatus)
    QML_SINGLETON
public:
    static cc::app::SharingStatus *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::SharingStatus *instance = nullptr;
};

struct SharingSpacesForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::SharingSpaces)
    QML_NAMED_ELEMENT(SharingSpaces)
    QML_SINGLETON
public:
    static cc::app::SharingSpaces *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::SharingSpaces *instance = nullptr;
};

struct SpaceMembersForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::SpaceMembers)
    QML_NAMED_ELEMENT(SpaceMembers)
    QML_SINGLETON
public:
    static cc::app::SpaceMembers *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::SpaceMembers *instance = nullptr;
};

struct InviteFlowForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::InviteFlow)
    QML_NAMED_ELEMENT(InviteFlow)
    QML_SINGLETON
public:
    static cc::app::InviteFlow *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::InviteFlow *instance = nullptr;
};

struct JoinFlowForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::JoinFlow)
    QML_NAMED_ELEMENT(JoinFlow)
    QML_SINGLETON
public:
    static cc::app::JoinFlow *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::JoinFlow *instance = nullptr;
};

struct SyncActivityForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::SyncActivity)
    QML_NAMED_ELEMENT(SyncActivity)
    QML_SINGLETON
public:
    static cc::app::SyncActivity *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::SyncActivity *instance = nullptr;
};

struct SyncStatusForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::SyncStatus)
    QML_NAMED_ELEMENT(SyncStatus)
    QML_SINGLETON
public:
    static cc::app::SyncStatus *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::SyncStatus *instance = nullptr;
};

struct DeviceListForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::DeviceList)
    QML_NAMED_ELEMENT(DeviceList)
    QML_SINGLETON
public:
    static cc::app::DeviceList *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::DeviceList *instance = nullptr;
};

struct DeviceLinkFlowForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::DeviceLinkFlow)
    QML_NAMED_ELEMENT(DeviceLinkFlow)
    QML_SINGLETON
public:
    static cc::app::DeviceLinkFlow *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::DeviceLinkFlow *instance = nullptr;
};

struct ConflictsControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::ConflictsController)
    QML_NAMED_ELEMENT(ConflictsController)
    QML_SINGLETON
public:
    static cc::app::ConflictsController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::ConflictsController *instance = nullptr;
};

struct WorkspaceControllerForeign {
    Q_GADGET
    QML_FOREIGN(cc::app::WorkspaceController)
    QML_NAMED_ELEMENT(WorkspaceController)
    QML_SINGLETON
public:
    static cc::app::WorkspaceController *create(QQmlEngine *, QJSEngine *) { return published(instance); }
    static inline cc::app::WorkspaceController *instance = nullptr;
};

} // namespace cc::app::qmlsingletons
