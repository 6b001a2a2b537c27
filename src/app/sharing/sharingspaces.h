// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sharing/checkinhistoryshare.h"
#include "app/sharing/spacelistmodel.h"
#include "sync/sharing.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

class Session;
class SharingStatus;
class SyncStatus;
struct PatientSource;

/** The people who shared spaces with this account (spaces not its own, not removed), one
 *  entry per owner with her spaces: what "My patients" lists. */
QList<PatientSource> patientsSharedWithMe(const QList<sync::SpaceSummary> &spaces);

/**
 * The patient's sharing spaces ("Care team", "Family", "GP only" …) and "Who can see this?"
 * for each record (DESIGN.md §5, §7; issue 5); which space is selected for the member and
 * invitation pages; and the names of the people in them. Spaces and "Who can see this?"
 * work locally; sharing them needs a server: until the vault is connected, `available` is
 * false and the pages say how to connect.
 *
 * The other sharing controllers (InviteFlow, JoinFlow, SpaceMembers) read the selected
 * space, the server's view of the spaces (summaryOf()) and the names through this one.
 * Published to QML as the singleton `SharingSpaces` (qmlsingletons.h).
 */
class SharingSpaces : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(cc::app::SpaceListModel *spaces READ spaces CONSTANT)
    Q_PROPERTY(QVariantList spaceChoices READ spaceChoices NOTIFY spacesChanged)
    Q_PROPERTY(QStringList colourCodes READ colourCodes CONSTANT)
    Q_PROPERTY(QString selectedSpace READ selectedSpace WRITE setSelectedSpace NOTIFY selectedSpaceChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectedSpaceChanged)
    Q_PROPERTY(bool selectedIsPrivate READ selectedIsPrivate NOTIFY selectedSpaceChanged)
    Q_PROPERTY(bool selectedRaisesFlags READ selectedRaisesFlags NOTIFY selectedSpaceChanged)
    Q_PROPERTY(cc::app::CheckInHistoryShare *history READ history CONSTANT)

public:
    SharingSpaces(SyncStatus *sync, Session *session, SharingStatus *status, QObject *parent = nullptr);
    ~SharingSpaces() override;

    bool available() const;
    SpaceListModel *spaces() const { return m_spaces; }
    QVariantList spaceChoices() const { return m_choices; }
    QStringList colourCodes() const;
    QString selectedSpace() const { return m_selected; }
    void setSelectedSpace(const QString &spaceId);
    QString selectedName() const;
    bool selectedIsPrivate() const;
    /** Whether the selected space raises attention flags for its members (the patient's
     *  choice, SpaceInfo::raisesFlags). */
    bool selectedRaisesFlags() const;
    CheckInHistoryShare *history() const { return m_history; }

    /** Makes a space and returns its id (hex), or an empty string with errorText set. */
    Q_INVOKABLE QString createSpace(const QString &name, const QString &colour);
    Q_INVOKABLE QString renameSpace(const QString &spaceId, const QString &name, const QString &colour);
    /** Turns the attention flags of own space @p spaceId on or off for everyone in it: a
     *  sealed change of its SpaceInfo, which every member's app honours. "" or the error. */
    Q_INVOKABLE QString setRaisesFlags(const QString &spaceId, bool raises);
    /** The space a record lives in (hex; the private space for a record not saved yet). */
    Q_INVOKABLE QString spaceOf(const QString &recordId) const;
    Q_INVOKABLE QString spaceName(const QString &spaceId) const;
    /** "Only you" / "You, Els (caregiver) and dr. Claes (GP)". */
    Q_INVOKABLE QString audienceOf(const QString &spaceId) const;
    /** Moves a record (with its progress and comments) to a space; empty string or the error. */
    Q_INVOKABLE QString moveRecord(const QString &recordId, const QString &spaceId);

    // For the other sharing controllers.
    SyncStatus *syncStatus() const { return m_sync; }
    Session *session() const { return m_session; }
    SharingStatus *status() const { return m_status; }
    /** The sync layer's sharing, or nullptr while not connected. */
    sync::Sharing *sharing() const;
    /** The unlocked store, or nullptr while locked. */
    domain::CareStore *store() const;
    QByteArray selectedSpaceId() const;
    bool isOwnSpace(const QByteArray &space) const;
    /** The server's view of @p space as of the last refreshSummaries(), or nullptr. */
    const sync::SpaceSummary *summaryOf(const QByteArray &space) const;
    /** Reads Sharing::spaces() again (SpaceMembers does, each time it lists the members). */
    void refreshSummaries();
    /** "You", the care-team name linked to @p account, or "Someone you invited (…)". */
    QString nameOf(const QByteArray &account) const;
    /** The codes::roles() code of the care-team member linked to @p account, or empty. */
    QString careRoleOf(const QByteArray &account) const;
    void reloadSpaces();

Q_SIGNALS:
    void availableChanged();
    void spacesChanged();
    void selectedSpaceChanged();
    /** The selected space changed (before selectedSpaceChanged): its members are re-listed. */
    void selectionChanging();

private:
    void attach();
    void onStoreChanged();
    int memberCountOf(const QByteArray &space) const;

    QPointer<SyncStatus> m_sync;
    Session *m_session;
    SharingStatus *m_status;
    QPointer<sync::Sharing> m_attached;
    SpaceListModel *m_spaces;
    CheckInHistoryShare *m_history;
    QVariantList m_choices;
    QList<sync::SpaceSummary> m_summaries; ///< from the last Sharing::spaces()
    QString m_selected;
};

} // namespace cc::app
