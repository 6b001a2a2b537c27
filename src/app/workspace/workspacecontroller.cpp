// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/workspacecontroller.h"

#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/codes.h"
#include "interop/agendaexport.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace cc::app {

namespace {

const QString RoleKey = QStringLiteral("workspace/role");

/** The settings key of "last opened" for one patient: her random account id, no name. */
QString lastOpenedKey(const QByteArray &owner)
{
    return QStringLiteral("workspace/lastOpened/") + QString::fromLatin1(owner.toHex());
}

/** The language tag of what this member writes: the app's language. */
QString writingLanguage()
{
    const QString tag = QLocale().bcp47Name();
    return domain::LocalizedText::isValidLanguageTag(tag) ? tag : QStringLiteral("und");
}

} // namespace

WorkspaceController::WorkspaceController(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_patientList(new PatientListModel(this)),
      m_goals(new WorkspaceItemModel(WorkspaceItemModel::Goals, this)),
      m_activities(new WorkspaceItemModel(WorkspaceItemModel::Activities, this)),
      m_checkIns(new WorkspaceItemModel(WorkspaceItemModel::CheckIns, this)), m_trends(new TrendsController(this))
{
    // Made before these connections on purpose: the trends object re-reads the app's own store
    // on unlock and on check-in changes, and the handlers here (connected after it, so called
    // after it) then point it at the current patient again.
    Session *context = m_session;
    connect(context, &Session::storeChanged, this, &WorkspaceController::reload);
    connect(context, &Session::dataChanged, this, &WorkspaceController::onOwnChanges);
    connect(context, &Session::recordsReceived, this, &WorkspaceController::onReceived);
    connect(context, &Session::circleChanged, this, &WorkspaceController::circleChanged);
    // Names and flags in words are made here; the patients' records stay as read.
    connect(context, &Session::languageChanged, this, [this] { rebuild(true); });
}

WorkspaceController::~WorkspaceController() = default;

void WorkspaceController::setVaultSource(std::function<vault::Vault *()> source)
{
    m_vaultSource = std::move(source);
    reload();
}

void WorkspaceController::setPatients(const QList<PatientSource> &patients)
{
    if (patients == m_sources)
        return;
    const bool had = hasPatients();
    m_sources = patients;
    rebuild(true);
    if (had != hasPatients() || !patients.isEmpty())
        Q_EMIT patientsChanged();
}

void WorkspaceController::setDemo(bool demo, bool actForFirst)
{
    m_actForFirst = actForFirst;
    if (demo == m_demo)
        return;
    m_demo = demo;
    Q_EMIT patientsChanged();
}

vault::Vault *WorkspaceController::vault() const
{
    vault::Vault *v = m_vaultSource ? m_vaultSource() : nullptr;
    return v && v->isUnlocked() ? v : nullptr;
}

QByteArray WorkspaceController::myAccount() const
{
    vault::Vault *v = m_vaultSource ? m_vaultSource() : nullptr;
    if (!v)
        return {};
    const QByteArray account = v->accountId();
    return v->isConnected() && !account.isEmpty() ? account : v->vaultId();
}

domain::CareStore *WorkspaceController::ownStore() const
{
    return m_session->store() ? m_session->store() : m_own.get();
}

void WorkspaceController::reload()
{
    rebuild(false);
}

void WorkspaceController::rebuild(bool keepStores)
{
    std::vector<Patient> before = std::exchange(m_patients, {});
    if (!keepStores) {
        before.clear();
        m_own.reset();
    }
    // Once the session has had a store, its having none means locked (lock() clears the
    // session before it locks the vault): nothing is read then.
    m_sessionSeen = m_sessionSeen || m_session->store();
    vault::Vault *v = m_sessionSeen && !m_session->store() ? nullptr : vault();
    if (!v)
        m_own.reset();
    if (v) {
        // The own circle is the session's store (already read on unlock); only a harness
        // without one (tests) gets a store of the private space here.
        if (!m_session->store() && !m_own) {
            m_own = std::make_unique<domain::CareStore>(*v);
            const QByteArray privateSpace = v->privateSpaceId();
            m_own->setSpaceFilter([privateSpace](const QByteArray &space) { return space == privateSpace; });
            m_own->setDefaultSpace(privateSpace);
            if (!m_own->load())
                m_own.reset();
        }
        for (const PatientSource &source : std::as_const(m_sources)) {
            if (source.spaces.isEmpty())
                continue;
            // A patient whose spaces did not change keeps the store already read.
            const auto kept = std::find_if(
                before.begin(), before.end(), [&](const Patient &p) { return p.store && p.source == source; });
            if (kept != before.end()) {
                describe(*kept);
                m_patients.push_back(std::move(*kept));
                continue;
            }
            Patient patient;
            patient.source = source;
            patient.store = std::make_unique<domain::CareStore>(*v);
            const QList<QByteArray> spaces = source.spaces;
            patient.store->setSpaceFilter([spaces](const QByteArray &space) { return spaces.contains(space); });
            patient.store->setDefaultSpace(spaces.constFirst());
            if (!patient.store->load())
                continue; // the vault could not be read at all; nothing to show of her
            describe(patient);
            m_patients.push_back(std::move(patient));
        }
    }
    if (!current())
        m_current = m_patients.empty() ? QByteArray() : m_patients.front().source.owner;
    reloadIdentity();
    keepCircle();
    if (m_demo && !m_actForFirst && !m_patients.empty() && m_session->store() && myRole().isEmpty()) {
        // The care-team demo starts as dr. Claes would: a GP (his navigation then offers no
        // empty patient pages of his own).
        setMyRole(QStringLiteral("gp"));
    }
    if (m_actForFirst && !m_patients.empty() && m_session->store()) {
        // The caregiver demo starts where Els would: acting in Maria's care.
        if (myRole().isEmpty())
            setMyRole(QStringLiteral("caregiver"));
        m_actForFirst = !openCircle(QString::fromLatin1(m_patients.front().source.owner.toHex())).isEmpty();
    }
    refreshList();
    refreshCurrent();
    Q_EMIT changed();
}

void WorkspaceController::keepCircle()
{
    if (!m_session->inPatientCircle())
        return;
    // Her store may be new, her spaces or this account's role in them changed: open it again
    // (or close it, when she no longer shares with this account).
    if (!openCircle(QString::fromLatin1(m_session->circle().owner.toHex())).isEmpty())
        m_session->closeCircle();
}

QString WorkspaceController::circleId() const
{
    return QString::fromLatin1(m_session->circle().owner.toHex());
}

QString WorkspaceController::circleName() const
{
    return m_session->circle().patientName;
}

QString WorkspaceController::circleRole() const
{
    return m_session->circle().spaceRole;
}

QString WorkspaceController::openCircle(const QString &id)
{
    const QByteArray owner = QByteArray::fromHex(id.toLatin1());
    if (owner.isEmpty()) {
        m_session->closeCircle();
        return {};
    }
    auto patient =
        std::find_if(m_patients.begin(), m_patients.end(), [&](const Patient &p) { return p.source.owner == owner; });
    vault::Vault *v = vault();
    if (patient == m_patients.end() || !v || !m_session->store())
        return tr("Open a patient first.", "@info");
    if (!identityComplete())
        return tr("Say first how patients see you: your name and your role.", "@info");
    // Her space where this account may do most: new records go there.
    static const QStringList rank = {QStringLiteral("viewer"), QStringLiteral("contributor"), QStringLiteral("editor")};
    QString role;
    QByteArray space;
    for (const QByteArray &s : std::as_const(patient->source.spaces)) {
        const auto state = v->spaceState(s);
        const QString r = state && !state->removed ? state->role : QString();
        if (rank.indexOf(r) > rank.indexOf(role)) {
            role = r;
            space = s;
        }
    }
    if (role.isEmpty())
        return tr("Open a patient first.", "@info");
    patient->store->setDefaultSpace(space);
    m_session->openCircle(patient->store.get(), {owner, patient->name, role, {myAccount(), m_myName, myRole()}});
    return {};
}

void WorkspaceController::describe(Patient &patient) const
{
    patient.name.clear();
    patient.colour.clear();
    for (const QByteArray &space : std::as_const(patient.source.spaces)) {
        if (const domain::SpaceInfo *info = patient.store->spaceInfo(space)) {
            if (patient.name.isEmpty() && !info->ownerName.trimmed().isEmpty())
                patient.name = info->ownerName.trimmed();
            if (patient.colour.isEmpty())
                patient.colour = info->colour;
        }
    }
    if (patient.name.isEmpty()) {
        patient.name = tr("Patient %1", "@label a patient without a name, with a short id")
                           .arg(QString::fromLatin1(patient.source.owner.toHex().left(6)));
    }
    patient.flags =
        domain::AttentionFlags::compute(*patient.store, QDate::currentDate(), domain::raisesFlagsIn(*patient.store));
}

void WorkspaceController::onOwnChanges(const domain::ChangeSet &changes)
{
    // The session's store holds this account's own spaces only: of them, the workspace
    // shows just the member's own name. Patients' records arrive through onReceived().
    if (changes.touches({domain::PatientProfile::Kind}))
        reloadIdentity();
    // A write in a patient's circle (the patient pages) changes what her view shows.
    for (Patient &p : m_patients) {
        if (p.store.get() == m_session->circleStore() && p.store.get() != m_session->store()) {
            describe(p);
            refreshList();
            if (p.source.owner == m_current)
                refreshCurrent();
        }
    }
}

void WorkspaceController::onReceived(const QList<QByteArray> &ids)
{
    vault::Vault *v = vault();
    if (!v || m_patients.empty())
        return;
    // Each id goes to the patient whose space it is in now, and to one who held it before
    // (it moved away): one header read per id, no patient re-reads anything else.
    std::vector<QList<QByteArray>> routed(m_patients.size());
    for (const QByteArray &id : ids) {
        const auto opened = v->get(id);
        for (std::size_t i = 0; i < m_patients.size(); ++i) {
            const Patient &p = m_patients[i];
            if ((opened && p.source.spaces.contains(opened->header.spaceId)) || !p.store->spaceOf(id).isEmpty())
                routed[i].append(id);
        }
    }
    bool listChanges = false;
    bool currentChanges = false;
    for (std::size_t i = 0; i < m_patients.size(); ++i) {
        if (routed[i].isEmpty())
            continue;
        Patient &p = m_patients[i];
        if (!p.store->refresh(routed[i]))
            continue;
        const domain::ChangeSet changes = p.store->takeChanges();
        if (changes.isEmpty())
            continue;
        if (p.store.get() == m_session->circleStore())
            m_session->announce(changes); // the patient pages show her circle
        describe(p);
        listChanges = true;
        currentChanges = currentChanges || p.source.owner == m_current;
    }
    if (listChanges)
        refreshList();
    if (currentChanges)
        refreshCurrent();
    if (listChanges)
        Q_EMIT changed();
}

void WorkspaceController::reloadIdentity()
{
    QString name;
    const domain::CareStore *own = ownStore();
    if (own && own->profile())
        name = own->profile()->preferredName;
    if (name != m_myName) {
        m_myName = name;
        Q_EMIT identityChanged();
    }
}

QVariantList WorkspaceController::flagList(const domain::AttentionFlags &flags)
{
    QVariantList list;
    const auto domainsOf = [](const auto &items) {
        QStringList domains;
        for (const auto &item : items)
            domains.append(item.domain);
        return domains;
    };
    if (!flags.worsening.isEmpty())
        list.append(QVariantMap {{QStringLiteral("kind"), QStringLiteral("worsening")},
            {QStringLiteral("domains"), domainsOf(flags.worsening)},
            {QStringLiteral("count"), flags.worsening.size()}});
    if (!flags.discuss.isEmpty())
        list.append(QVariantMap {{QStringLiteral("kind"), QStringLiteral("discuss")},
            {QStringLiteral("domains"), domainsOf(flags.discuss)}, {QStringLiteral("count"), flags.discuss.size()}});
    if (flags.reviewOverdue)
        list.append(QVariantMap {{QStringLiteral("kind"), QStringLiteral("review")},
            {QStringLiteral("date"), flags.nextReview.startOfDay()}, {QStringLiteral("count"), 1}});
    if (!flags.worseningGoals.isEmpty())
        list.append(QVariantMap {
            {QStringLiteral("kind"), QStringLiteral("goal")}, {QStringLiteral("count"), flags.worseningGoals.size()}});
    return list;
}

void WorkspaceController::refreshList()
{
    const QByteArray me = myAccount();
    std::vector<const Patient *> order;
    for (const Patient &p : m_patients)
        order.push_back(&p);
    // Those needing attention first, then by name.
    std::sort(order.begin(), order.end(), [](const Patient *a, const Patient *b) {
        const int fa = a->flags.kindCount();
        const int fb = b->flags.kindCount();
        return fa != fb ? fa > fb : a->name.localeAwareCompare(b->name) < 0;
    });
    QList<QVariantList> rows;
    for (const Patient *p : order) {
        rows.append({QString::fromLatin1(p->source.owner.toHex()), p->name, p->colour, flagList(p->flags),
            p->flags.kindCount(), domain::newCommentCount(*p->store, lastOpened(p->source.owner), me),
            p->flags.nextReview.isValid() ? p->flags.nextReview.startOfDay() : QDateTime()});
    }
    m_patientList->setRows(std::move(rows));
}

void WorkspaceController::refreshCurrent()
{
    const Patient *p = current();
    const domain::CareStore *store = p ? p->store.get() : nullptr;
    const domain::AttentionFlags flags = p ? p->flags : domain::AttentionFlags {};
    const QByteArray me = myAccount();
    m_goals->reload(store, flags, me);
    m_activities->reload(store, flags, me);
    m_checkIns->reload(store, flags, me);
    m_trends->reload(store);
    Q_EMIT currentChanged();
}

const WorkspaceController::Patient *WorkspaceController::current() const
{
    for (const Patient &p : m_patients) {
        if (p.source.owner == m_current)
            return &p;
    }
    return nullptr;
}

void WorkspaceController::setCurrentPatientId(const QString &id)
{
    const QByteArray owner = QByteArray::fromHex(id.toLatin1());
    if (owner == m_current)
        return;
    m_current = owner;
    refreshCurrent();
}

void WorkspaceController::openPatient(const QString &id)
{
    setCurrentPatientId(id);
    if (!current())
        return;
    // The new-comment count of the list is counted from here on; the view shows them all.
    QSettings().setValue(lastOpenedKey(m_current), QDateTime::currentDateTimeUtc());
    refreshList();
}

QDateTime WorkspaceController::lastOpened(const QByteArray &owner) const
{
    return QSettings().value(lastOpenedKey(owner)).toDateTime();
}

const domain::CareStore *WorkspaceController::storeOf(const QByteArray &owner) const
{
    for (const Patient &p : m_patients) {
        if (p.source.owner == owner)
            return p.store.get();
    }
    return nullptr;
}

const domain::AttentionFlags *WorkspaceController::flagsOf(const QByteArray &owner) const
{
    for (const Patient &p : m_patients) {
        if (p.source.owner == owner)
            return &p.flags;
    }
    return nullptr;
}

QString WorkspaceController::patientName() const
{
    const Patient *p = current();
    return p ? p->name : QString();
}

QString WorkspaceController::patientColour() const
{
    const Patient *p = current();
    return p ? p->colour : QString();
}

QVariantList WorkspaceController::flags() const
{
    const Patient *p = current();
    return p ? flagList(p->flags) : QVariantList();
}

QVariantList WorkspaceController::discussNotes() const
{
    QVariantList list;
    if (const Patient *p = current()) {
        for (const domain::AttentionFlags::Discuss &d : p->flags.discuss)
            list.append(QVariantMap {{QStringLiteral("domain"), d.domain}, {QStringLiteral("note"), d.note.text},
                {QStringLiteral("time"), d.time.toLocalTime()}});
    }
    return list;
}

bool WorkspaceController::hasPlan() const
{
    const Patient *p = current();
    return p && p->store->plan().has_value();
}

QString WorkspaceController::planTitle() const
{
    const Patient *p = current();
    return p && p->store->plan() ? p->store->plan()->title.text : QString();
}

QDateTime WorkspaceController::nextReview() const
{
    const Patient *p = current();
    return p && p->flags.nextReview.isValid() ? p->flags.nextReview.startOfDay() : QDateTime();
}

bool WorkspaceController::reviewOverdue() const
{
    const Patient *p = current();
    return p && p->flags.reviewOverdue;
}

void WorkspaceController::adoptCareRole(const QString &role)
{
    QSettings settings;
    if (domain::codes::isValidRole(role) && role != u"patient" && settings.value(RoleKey).toString().isEmpty())
        settings.setValue(RoleKey, role);
}

QString WorkspaceController::myRole() const
{
    const QString role = QSettings().value(RoleKey).toString();
    return roles().contains(role) ? role : QString();
}

QStringList WorkspaceController::roles() const
{
    QStringList list = domain::codes::roles();
    list.removeAll(QStringLiteral("patient"));
    return list;
}

QString WorkspaceController::setMyName(const QString &name)
{
    domain::CareStore *own = ownStore();
    if (!own || !vault())
        return tr("Unlock CareCircle first.", "@info");
    domain::PatientProfile profile = own->profile().value_or(domain::PatientProfile {});
    profile.preferredName = name.trimmed();
    if (profile.language.isEmpty())
        profile.language = writingLanguage();
    if (profile.preferredName.isEmpty())
        return tr("Write the name patients know you by.", "@info");
    if (const Status saved = own->save(profile); !saved)
        return saved.error().message;
    // Home shows the name too; without the session's store (tests) only this view does.
    if (own == m_session->store())
        m_session->notifyChanged();
    else
        reloadIdentity();
    return {};
}

QString WorkspaceController::setMyRole(const QString &role)
{
    if (!roles().contains(role))
        return tr("Choose your role in the care team.", "@info");
    QSettings().setValue(RoleKey, role);
    Q_EMIT identityChanged();
    return {};
}

QString WorkspaceController::addComment(const QString &targetId, const QString &text)
{
    const Patient *p = current();
    if (!p || !vault())
        return tr("Open a patient first.", "@info");
    if (!identityComplete())
        return tr("Say first how patients see you: your name and your role.", "@info");
    if (text.trimmed().isEmpty())
        return tr("Write your comment first.", "@info");
    const QByteArray target = QByteArray::fromHex(targetId.toLatin1());
    domain::Comment comment;
    comment.targetId = target;
    if (p->store->goal(target)) {
        comment.targetKind = QStringLiteral("goal");
    } else if (p->store->checkIn(target)) {
        comment.targetKind = QStringLiteral("check_in");
    } else {
        const QList<domain::Activity> activities = p->store->activities();
        if (std::none_of(
                activities.cbegin(), activities.cend(), [&](const domain::Activity &a) { return a.id == target; }))
            return tr("This item is no longer shared with you.", "@info");
        comment.targetKind = QStringLiteral("activity");
    }
    comment.authorAccount = myAccount();
    comment.authorName = m_myName;
    comment.authorRole = myRole();
    comment.text = {text.trimmed(), writingLanguage()};
    comment.time = QDateTime::currentDateTimeUtc();
    // Saved through her store: the comment goes into the space of what it is about.
    if (const Status saved = p->store->save(comment); !saved)
        return saved.error().message;
    // Only her view changes (her flags do not count comments, but keep them true to her store).
    Patient &changed = m_patients[std::size_t(p - m_patients.data())];
    const domain::ChangeSet changes = changed.store->takeChanges();
    describe(changed);
    refreshList();
    refreshCurrent();
    // The session hears of it so that the new comment is pushed soon (SyncStatus).
    m_session->announce(changes);
    return {};
}

QUrl WorkspaceController::suggestedFile(const QString &format) const
{
    const Patient *p = current();
    QString name = p ? p->name.toLower() : QString();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    const QString base = tr("agenda", "@info file name of the meeting agenda");
    const QString fileName = QStringLiteral("%1-%2-%3.%4")
                                 .arg(base, name, QDate::currentDate().toString(Qt::ISODate),
                                     format == QLatin1String("pdf") ? QStringLiteral("pdf") : QStringLiteral("txt"));
    return QUrl::fromLocalFile(QDir(interop::AgendaExport::suggestedFolder()).filePath(fileName));
}

QVariantMap WorkspaceController::exportAgenda(const QUrl &file, const QString &format)
{
    const auto result = [](bool ok, const QString &message) {
        return QVariantMap {{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
    };
    const Patient *p = current();
    if (!p)
        return result(false, tr("Open a patient first.", "@info"));
    const QString path = interop::AgendaExport::resolveTarget(file);
    if (path.isEmpty())
        return result(false, tr("Choose where to save the agenda.", "@info"));
    const interop::AgendaExport agenda(*p->store, p->name, p->flags);
    const Status written = format == QLatin1String("pdf") ? agenda.writePdf(path) : agenda.writeText(path);
    if (!written)
        return result(false, written.error().message);
    return result(
        true, tr("Agenda saved to %1.", "@info").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

} // namespace cc::app
