// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"
#include "sync/sharing.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

class Session;
class SyncController;
struct PatientSource;

/** The people who shared spaces with this account (spaces not its own, not removed), one
 *  entry per owner with her spaces: what "My patients" lists. */
QList<PatientSource> patientsSharedWithMe(const QList<sync::SpaceSummary> &spaces);

/** The patient's sharing spaces: Private first, then the ones she made, with who is in them. */
class SpaceListModel : public cc::app::RowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SharingController")
public:
    enum Role {
        SpaceIdRole = Qt::UserRole,
        NameRole,
        ColourRole,
        IsPrivateRole,
        MemberCountRole, ///< people besides the patient
        SummaryRole, ///< "Only you" / "You and 2 others"
        RecordCountRole, ///< records she put in it
    };
    Q_ENUM(Role)
    explicit SpaceListModel(QObject *parent = nullptr);
    using RowModel::setRows;
};

/** The members of the selected space. */
class MemberListModel : public cc::app::RowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SharingController")
public:
    enum Role {
        AccountRole = Qt::UserRole, ///< hex
        NameRole,
        CareRoleRole, ///< codes::roles() code of the person, or empty
        PermissionRole, ///< "owner", "editor", "contributor", "viewer"
        EndDateRole, ///< QDate, invalid for none
        VerifiedRole,
        SafetyNumberRole,
        IsOwnerRole,
    };
    Q_ENUM(Role)
    explicit MemberListModel(QObject *parent = nullptr);
    using RowModel::setRows;
};

/** Who fetched the selected space, newest first. */
class AccessLogModel : public cc::app::RowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SharingController")
public:
    enum Role { WhoRole = Qt::UserRole, TimeRole, CountRole, IsOwnRole };
    Q_ENUM(Role)
    explicit AccessLogModel(QObject *parent = nullptr);
    using RowModel::setRows;
};

/**
 * Sharing as the patient sees it (DESIGN.md §5, §7; issue 5): her spaces ("Care team",
 * "Family", "GP only" …) and "Who can see this?" for each record; inviting someone with a QR
 * code and a typed code, comparing the safety number, then confirming; members with their
 * role, end date and verified state; removing a member (the space key is replaced); the
 * access log. And the invitee's side: entering a code, comparing the number, accepting.
 *
 * Published as the singleton `SharingController`, built in main() and injected (create()).
 * Sharing needs a server: until the vault is connected, `available` is false and the
 * pages say how to connect; spaces and "Who can see this?" still work locally.
 */
class SharingController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(cc::app::SpaceListModel *spaces READ spaces CONSTANT)
    Q_PROPERTY(QVariantList spaceChoices READ spaceChoices NOTIFY spacesChanged)
    Q_PROPERTY(QStringList colourCodes READ colourCodes CONSTANT)
    Q_PROPERTY(QString selectedSpace READ selectedSpace WRITE setSelectedSpace NOTIFY selectedSpaceChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectedSpaceChanged)
    Q_PROPERTY(bool selectedIsPrivate READ selectedIsPrivate NOTIFY selectedSpaceChanged)
    Q_PROPERTY(cc::app::MemberListModel *members READ members CONSTANT)
    Q_PROPERTY(cc::app::AccessLogModel *accessLog READ accessLog CONSTANT)
    Q_PROPERTY(bool accessLogLoading READ accessLogLoading NOTIFY accessLogChanged)
    Q_PROPERTY(QString accessLogError READ accessLogError NOTIFY accessLogChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The invitation being shown (owner side).
    Q_PROPERTY(InviteState inviteState READ inviteState NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteQrText READ inviteQrText NOTIFY inviteChanged)
    Q_PROPERTY(QDateTime inviteExpires READ inviteExpires NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteGuestName READ inviteGuestName NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteSafetyNumber READ inviteSafetyNumber NOTIFY inviteChanged)
    Q_PROPERTY(int pendingInviteCount READ pendingInviteCount NOTIFY inviteChanged)
    // Joining someone's space with a code (invitee side).
    Q_PROPERTY(JoinState joinState READ joinState NOTIFY joinChanged)
    Q_PROPERTY(QString joinOwnerName READ joinOwnerName NOTIFY joinChanged)
    Q_PROPERTY(QString joinSpaceName READ joinSpaceName NOTIFY joinChanged)
    Q_PROPERTY(QString joinPermission READ joinPermission NOTIFY joinChanged)
    Q_PROPERTY(QString joinSafetyNumber READ joinSafetyNumber NOTIFY joinChanged)
public:
    enum InviteState {
        InviteNone,
        InviteCreating,
        InviteWaiting,
        InviteAccepted,
        InviteConfirming,
        InviteDone,
        InviteFailed
    };
    Q_ENUM(InviteState)
    enum JoinState { JoinNone, JoinOpening, JoinOpened, JoinAccepting, JoinAccepted, JoinFailed };
    Q_ENUM(JoinState)

    SharingController(SyncController *sync, Session *session, QObject *parent = nullptr);
    ~SharingController() override;

    bool available() const;
    SpaceListModel *spaces() const { return m_spaces; }
    QVariantList spaceChoices() const { return m_choices; }
    QStringList colourCodes() const;
    QString selectedSpace() const { return m_selected; }
    void setSelectedSpace(const QString &spaceId);
    QString selectedName() const;
    bool selectedIsPrivate() const;
    MemberListModel *members() const { return m_members; }
    AccessLogModel *accessLog() const { return m_accessLog; }
    bool accessLogLoading() const { return m_accessLogLoading; }
    QString accessLogError() const { return m_accessLogError; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    InviteState inviteState() const { return m_inviteState; }
    QString inviteCode() const;
    QString inviteQrText() const;
    QDateTime inviteExpires() const;
    QString inviteGuestName() const;
    QString inviteSafetyNumber() const;
    int pendingInviteCount() const;
    JoinState joinState() const { return m_joinState; }
    QString joinOwnerName() const { return m_joinOwnerName; }
    QString joinSpaceName() const { return m_joinSpaceName; }
    QString joinPermission() const { return m_joinPermission; }
    QString joinSafetyNumber() const { return m_joinSafetyNumber; }

    // Spaces and "Who can see this?" (local; synced like any record).
    /** Makes a space and returns its id (hex), or an empty string with errorText set. */
    Q_INVOKABLE QString createSpace(const QString &name, const QString &colour);
    Q_INVOKABLE QString renameSpace(const QString &spaceId, const QString &name, const QString &colour);
    /** The space a record lives in (hex; the private space for a record not saved yet). */
    Q_INVOKABLE QString spaceOf(const QString &recordId) const;
    Q_INVOKABLE QString spaceName(const QString &spaceId) const;
    /** "Only you" / "You, Els (caregiver) and dr. Claes (GP)". */
    Q_INVOKABLE QString audienceOf(const QString &spaceId) const;
    /** Moves a record (with its progress and comments) to a space; empty string or the error. */
    Q_INVOKABLE QString moveRecord(const QString &recordId, const QString &spaceId);

    // Inviting (owner side).
    /** @p careRole: who the person is (codes::roles()); @p permission: "editor",
     *  "contributor" or "viewer"; @p days: how long the code stays valid (1–7). */
    Q_INVOKABLE void startInvite(const QString &careRole, const QString &permission, int days);
    Q_INVOKABLE void confirmInvite(bool numbersMatched);
    Q_INVOKABLE void cancelInvite();
    /** Picks up an invitation made earlier that someone has accepted meanwhile. */
    Q_INVOKABLE void resumeInvite(int index);
    Q_INVOKABLE QVariantList pendingInvites() const;

    // Members (owner side).
    Q_INVOKABLE void setPermission(const QString &account, const QString &permission);
    /** An end date (from that day on the person receives nothing new), or none when invalid. */
    Q_INVOKABLE void setEndDate(const QString &account, int year, int month, int day);
    Q_INVOKABLE void clearEndDate(const QString &account);
    Q_INVOKABLE void removeMember(const QString &account);
    Q_INVOKABLE QString setVerified(const QString &account, bool verified);
    Q_INVOKABLE void refreshAccessLog();

    // Joining (invitee side).
    Q_INVOKABLE void openInvite(const QString &code);
    Q_INVOKABLE void acceptInvite(const QString &myName);
    Q_INVOKABLE void cancelJoin();
    /** A typed code has the right length and check characters (no network). */
    Q_INVOKABLE bool looksLikeInviteCode(const QString &code) const;

    Q_INVOKABLE void clearError();
    /** What a permission lets the person do, in words ("read only" …). */
    Q_INVOKABLE static QString permissionLabel(const QString &permission);

Q_SIGNALS:
    void availableChanged();
    void spacesChanged();
    void selectedSpaceChanged();
    void accessLogChanged();
    void busyChanged();
    void errorTextChanged();
    void inviteChanged();
    void joinChanged();
    /** A member was added, changed or removed (for a short confirmation on the page). */
    void membershipDone(const QString &message);

private:
    domain::CareStore *store() const;
    sync::Sharing *sharing() const;
    void attach();
    void reloadSpaces();
    void reloadMembers();
    bool isOwnSpace(const QByteArray &space) const;
    const sync::SpaceSummary *summaryOf(const QByteArray &space) const;
    int memberCountOf(const QByteArray &space) const;
    const sync::PendingInvite *currentInvite() const;
    void refreshInvites();
    void setBusy(bool busy);
    void setError(const QString &text);
    QString nameOf(const QByteArray &account) const;
    QString careRoleOf(const QByteArray &account) const;
    void rememberMember(const QByteArray &account, const QString &name, const QString &careRole);
    void onAccessLog(const QByteArray &space, const cc::Status &status, const QList<cc::sync::AccessEvent> &events);
    void onInviteOpened(const cc::Status &status, const cc::sync::OpenedInvite &invite);

    QPointer<SyncController> m_sync;
    Session *m_session;
    QPointer<sync::Sharing> m_attached;
    SpaceListModel *m_spaces;
    MemberListModel *m_members;
    AccessLogModel *m_accessLog;
    QVariantList m_choices;
    QList<sync::SpaceSummary> m_summaries; ///< from the last Sharing::spaces()
    QList<sync::PendingInvite> m_pendingCache; ///< Sharing::pendingInvites() as of the last change
    QString m_confirmedGuestName;
    QString m_pendingMessage; ///< said when the membership change under way succeeds
    QString m_selected;
    bool m_accessLogLoading = false;
    QString m_accessLogError;
    bool m_busy = false;
    QString m_errorText;

    InviteState m_inviteState = InviteNone;
    QByteArray m_invite; ///< the invitation being shown
    QByteArray m_inviteSpace;
    QString m_inviteCareRole;
    QHash<QByteArray, QString> m_careRoleOfInvite;

    JoinState m_joinState = JoinNone;
    QString m_joinCode;
    QString m_joinOwnerName;
    QString m_joinSpaceName;
    QString m_joinPermission;
    QString m_joinSafetyNumber;
    QByteArray m_joinSpace;
};

} // namespace cc::app
