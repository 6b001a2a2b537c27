// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/team/careteamcontroller.h"

#include "app/plan/planwrites.h"
#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/codes.h"

namespace cc::app {

CareTeamController::CareTeamController(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_members(new CareTeamModel(this))
{
    connect(m_session, &Session::storeChanged, this, [this] {
        m_undo = nullptr;
        m_undoText.clear();
        Q_EMIT undoChanged();
        reload();
    });
    connect(m_session, &Session::dataChanged, this, [this](const domain::ChangeSet &changes) {
        if (changes.touches({domain::CareTeamMember::Kind, domain::PatientProfile::Kind}))
            reload();
    });
    connect(m_session, &Session::languageChanged, this, &CareTeamController::reload);
    reload();
}

CareTeamController::~CareTeamController() = default;

domain::CareStore *CareTeamController::store() const
{
    return m_session->store();
}

void CareTeamController::reload()
{
    m_members->reload(store());
    Q_EMIT changed();
}

bool CareTeamController::available() const
{
    return store() != nullptr;
}

QStringList CareTeamController::roles() const
{
    return domain::codes::roles();
}

QString CareTeamController::patientMemberId() const
{
    return store() ? planwrites::hexId(planwrites::patientMemberId(*store())) : QString();
}

QString CareTeamController::finishWrite(const Status &status)
{
    m_session->notifyChanged();
    return status ? QString() : status.error().message;
}

QVariantMap CareTeamController::member(const QString &id) const
{
    const domain::CareStore *s = store();
    const domain::CareTeamMember *m = s ? s->member(planwrites::idFromHex(id)) : nullptr;
    if (!m)
        return {};
    return {{QStringLiteral("name"), m->displayName}, {QStringLiteral("role"), m->role},
        {QStringLiteral("organisation"), m->organisation}, {QStringLiteral("contact"), m->contact},
        {QStringLiteral("isCoordinator"), m->isCoordinator},
        {QStringLiteral("isPatient"), m->id == planwrites::patientMemberId(*s)}, {QStringLiteral("former"), m->former},
        {QStringLiteral("linked"), !m->linkedAccount.isEmpty()}};
}

QVariantList CareTeamController::invitableMembers() const
{
    const domain::CareStore *s = store();
    QVariantList list;
    if (!s)
        return list;
    const QByteArray me = planwrites::patientMemberId(*s);
    for (const domain::CareTeamMember &m : s->members()) {
        if (m.id == me || m.role == u"patient" || (!m.linkedAccount.isEmpty() && !m.former))
            continue;
        list.append(QVariantMap {{QStringLiteral("id"), planwrites::hexId(m.id)},
            {QStringLiteral("name"), m.displayName}, {QStringLiteral("role"), m.role}});
    }
    return list;
}

QString CareTeamController::saveMember(
    const QString &id, const QString &name, const QString &role, const QString &organisation, const QString &contact)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked. Unlock it and try again.");
    domain::CareTeamMember member;
    if (!id.isEmpty()) {
        const domain::CareTeamMember *existing = s->member(planwrites::idFromHex(id));
        if (!existing)
            return tr("This person is no longer in the care team.");
        member = *existing;
        if (member.id == planwrites::patientMemberId(*s) && role != QLatin1String("patient"))
            return tr("This is your own entry: its role stays “patient”.");
    }
    member.displayName = name.trimmed();
    member.role = role;
    member.organisation = organisation.trimmed();
    member.contact = contact.trimmed();
    if (Status valid = member.validate(); !valid)
        return valid.error().message;
    const Status saved = s->save(member);
    if (saved)
        m_lastSavedId = planwrites::hexId(member.id);
    return finishWrite(saved);
}

QString CareTeamController::removeMember(const QString &id)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked. Unlock it and try again.");
    const QByteArray key = planwrites::idFromHex(id);
    const domain::CareTeamMember *existing = s->member(key);
    if (!existing)
        return tr("This person is no longer in the care team.");
    if (key == planwrites::patientMemberId(*s))
        return tr("This is you. Your own entry stays in your care team; you can change your name instead.");
    const domain::CareTeamMember removed = *existing;
    const bool coordinated = s->plan() && s->plan()->coordinatorId == key;
    Status done = {};
    if (coordinated)
        done = planwrites::applyCoordinator(*s, {});
    if (done)
        done = s->remove(key);
    if (done) {
        m_undoText = tr("Removed %1 from your care team.").arg(removed.displayName);
        m_undo = [this, r = removed, coordinated]() mutable -> Status {
            domain::CareStore *st = store();
            if (!st)
                return makeError(ErrorCode::Locked, trNoop("CareTeamController", "CareCircle is locked."));
            if (Status back = st->save(r); !back) // same id: the store brings the record back
                return back;
            return coordinated ? planwrites::applyCoordinator(*st, r.id) : Status {};
        };
        Q_EMIT undoChanged();
    }
    return finishWrite(done);
}

QString CareTeamController::setCoordinator(const QString &id)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked. Unlock it and try again.");
    const QByteArray key = planwrites::idFromHex(id);
    if (!id.isEmpty() && !s->member(key))
        return tr("This person is no longer in the care team.");
    return finishWrite(planwrites::applyCoordinator(*s, key));
}

QString CareTeamController::undo()
{
    if (!m_undo || !store())
        return {};
    const std::function<Status()> undo = std::move(m_undo);
    m_undo = nullptr;
    m_undoText.clear();
    Q_EMIT undoChanged();
    return finishWrite(undo());
}

void CareTeamController::dismissUndo()
{
    if (m_undoText.isEmpty() && !m_undo)
        return;
    m_undo = nullptr;
    m_undoText.clear();
    Q_EMIT undoChanged();
}

} // namespace cc::app
