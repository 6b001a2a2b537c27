// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sharing/accesslogmodel.h"
#include "app/sharing/memberlistmodel.h"
#include "common/result.h"
#include "sync/sharing.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace cc::app {

class SharingSpaces;

/**
 * Member administration of the selected space (SharingSpaces::selectedSpace), owner side:
 * the members with their role, end date and verified state; changing what someone may do,
 * an end date, removing a member (the space key is replaced); and the access log (who
 * fetched the space). Busy state, errors and the confirmation of a change go to the shared
 * SharingStatus. Published to QML as the singleton `SpaceMembers` (qmlsingletons.h).
 */
class SpaceMembers : public QObject
{
    Q_OBJECT
    Q_PROPERTY(cc::app::MemberListModel *members READ members CONSTANT)
    Q_PROPERTY(cc::app::AccessLogModel *accessLog READ accessLog CONSTANT)
    Q_PROPERTY(bool accessLogLoading READ accessLogLoading NOTIFY accessLogChanged)
    Q_PROPERTY(QString accessLogError READ accessLogError NOTIFY accessLogChanged)

public:
    explicit SpaceMembers(SharingSpaces *spaces, QObject *parent = nullptr);
    ~SpaceMembers() override;

    MemberListModel *members() const { return m_members; }
    AccessLogModel *accessLog() const { return m_accessLog; }
    bool accessLogLoading() const { return m_accessLogLoading; }
    QString accessLogError() const { return m_accessLogError; }

    Q_INVOKABLE void setPermission(const QString &account, const QString &permission);
    /** An end date (from that day on the person receives nothing new), or none when invalid. */
    Q_INVOKABLE void setEndDate(const QString &account, int year, int month, int day);
    Q_INVOKABLE void clearEndDate(const QString &account);
    /** The end dates offered besides a day of one's own: [{days, iso, text}], text naming the
     *  last day each allows in the same words as the member line (domain::membershipend). */
    Q_INVOKABLE QVariantList endDatePresets() const;
    Q_INVOKABLE void removeMember(const QString &account);
    Q_INVOKABLE QString setVerified(const QString &account, bool verified);
    Q_INVOKABLE void refreshAccessLog();
    /** What a permission lets the person do, in words ("read only" …). */

    /** Reads the server's view of the spaces again and lists the selected space's members. */
    void reload();

Q_SIGNALS:
    void accessLogChanged();

private:
    /** After a removal: the person's card becomes a former member once no own space lists them. */
    void markFormerIfGone(const QByteArray &account);
    sync::Sharing *sharing() const;
    void attach();
    void clearAccessLog();
    void onMembershipChanged(const cc::Status &status);
    void onAccessLog(const QByteArray &space, const cc::Status &status, const QList<cc::sync::AccessEvent> &events);
    /** The selected space's member @p account, or nullptr (also when there is no sharing). */
    const sync::SpaceMember *memberOf(const QString &account, QByteArray *space) const;

    SharingSpaces *m_spaces;
    QPointer<sync::Sharing> m_attached;
    MemberListModel *m_members;
    AccessLogModel *m_accessLog;
    bool m_accessLogLoading = false;
    QString m_accessLogError;
    QString m_pendingMessage; ///< said when the membership change under way succeeds
    QByteArray m_pendingRevoke; ///< the account being removed, if the change under way is a removal
};

} // namespace cc::app
