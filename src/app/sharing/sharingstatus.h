// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace cc::app {

/**
 * What the sharing flows (SharingSpaces, InviteFlow, JoinFlow, SpaceMembers) are doing now,
 * shared by all four as the one SharingController had it: one busy flag (a request to the
 * server is under way), the last error in words, and the confirmation of a membership
 * change. One flag on purpose: the pages disable sharing actions while any of them waits.
 * Published to QML as the singleton `SharingStatus`.
 */
class SharingStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit SharingStatus(QObject *parent = nullptr) : QObject(parent) { }

    bool busy() const { return m_busy; }
    void setBusy(bool busy);
    QString errorText() const { return m_errorText; }
    void setError(const QString &text);
    Q_INVOKABLE void clearError() { setError({}); }

Q_SIGNALS:
    void busyChanged();
    void errorTextChanged();
    /** A member was added, changed or removed (for a short confirmation on the page). */
    void membershipDone(const QString &message);

private:
    bool m_busy = false;
    QString m_errorText;
};

} // namespace cc::app
