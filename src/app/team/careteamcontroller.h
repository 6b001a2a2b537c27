// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/team/careteammodel.h"
#include "common/result.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

class Session;

/**
 * The care team page's view and writes: the people of the care circle as the patient typed
 * them (invitations come with sharing), their roles and contact details, and who coordinates
 * the plan (one person at a time, kept in step with CarePlan::coordinatorId).
 *
 * Mutators return an empty string on success, else a translated sentence to show. A removal
 * can be undone (undoText, undo()). The patient's own entry cannot be removed.
 */
class CareTeamController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(cc::app::CareTeamModel *members READ members CONSTANT)
    Q_PROPERTY(QStringList roles READ roles CONSTANT)
    Q_PROPERTY(QString patientMemberId READ patientMemberId NOTIFY changed)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString lastSavedId READ lastSavedId NOTIFY changed)

public:
    explicit CareTeamController(Session *session, QObject *parent = nullptr);
    ~CareTeamController() override;

    bool available() const;
    CareTeamModel *members() const { return m_members; }
    /** Role codes in display order (codes::roles()). */
    QStringList roles() const;
    QString patientMemberId() const;
    QString undoText() const { return m_undoText; }
    QString lastSavedId() const { return m_lastSavedId; }

    /** {name, role, organisation, contact, isCoordinator, isPatient} of @p id; empty if unknown. */
    Q_INVOKABLE QVariantMap member(const QString &id) const;
    /** The cards one can invite from: not the patient, not yet using CareCircle with their
     *  card (or a former member); [{id, name, role}]. Inviting from a card keeps one card. */
    Q_INVOKABLE QVariantList invitableMembers() const;
    /** Adds (empty id) or updates a person; validated by the domain (name and known role). */
    Q_INVOKABLE QString saveMember(const QString &id, const QString &name, const QString &role,
        const QString &organisation, const QString &contact);
    /** Removes a person (undoable); refuses the patient's own entry. */
    Q_INVOKABLE QString removeMember(const QString &id);
    /** Makes @p id the one coordinator of the plan; an empty id: nobody. */
    Q_INVOKABLE QString setCoordinator(const QString &id);

    Q_INVOKABLE QString undo();
    Q_INVOKABLE void dismissUndo();

Q_SIGNALS:
    void changed();
    void undoChanged();

private:
    Session *m_session;
    domain::CareStore *store() const;
    void reload();
    QString finishWrite(const Status &status);

    CareTeamModel *m_members;
    QString m_undoText;
    std::function<Status()> m_undo;
    QString m_lastSavedId;
};

} // namespace cc::app
