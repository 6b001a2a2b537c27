// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/workspacecontroller.h"

#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/codes.h"
#include "interop/agendaexport.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

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
      m_homePatients(new FirstRowsModel(m_patientList, HomePatients, this)),
      m_shownPatients(new FirstRowsModel(m_patientList, ShownPatients, this)),
      m_goals(new WorkspaceItemModel(WorkspaceItemModel::Goals, this)),
      m_activities(new WorkspaceItemModel(WorkspaceItemModel::Activities, this)),
      m_checkIns(new WorkspaceItemModel(WorkspaceItemModel::CheckIns, this)), m_trends(new TrendsController(this)),
      m_readStep(new QTimer(this))
{
    m_readStep->setSingleShot(true);
    m_readStep->setInterval(0);
    connect(m_readStep, &QTimer::timeout, this, [this] { describePending(m_readStepBudgetMs, true); });
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
    // Stores read again go at the end, once an open circle has moved to its new store
    // (keepCircle): the patient pages read her records from it whenever a row is shown.
    std::vector<Patient> released;
    std::unique_ptr<domain::CareStore> releasedOwn;
    if (!keepStores) {
        released = std::exchange(before, {});
        releasedOwn = std::move(m_own);
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
            // A patient whose spaces did not change keeps her row and the store already read.
            const auto kept =
                std::find_if(before.begin(), before.end(), [&](const Patient &p) { return p.source == source; });
            if (kept != before.end()) {
                // Her row is made again now from her store if it is read; if her spaces changed
                // or this account's id did (on connecting) since the row was made, at her turn
                // in describePending(), as is a row not made yet.
                if (kept->described && !kept->unreadable && kept->store)
                    describe(*kept);
                else if (kept->described && !kept->unreadable)
                    kept->stale = kept->summary.me != myAccount() || changedSinceSummary(*kept);
                kept->name = shownName(*kept);
                m_patients.push_back(std::move(*kept));
                continue;
            }
            // Her row comes from the local cache while her spaces are as they were when it was
            // made; only otherwise are her records read (and the row made again).
            Patient patient;
            patient.source = source;
            patient.described = summaryFromCache(patient);
            patient.name = shownName(patient);
            m_patients.push_back(std::move(patient));
        }
        describePending(m_firstReadBudgetMs, false);
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
    Q_EMIT readingChanged();
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
    if (!role.isEmpty() && !patient->described) {
        describe(*patient); // the session takes her name from her row
        refreshList();
    }
    domain::CareStore *store = role.isEmpty() ? nullptr : storeFor(*patient);
    if (!store)
        return tr("Open a patient first.", "@info");
    store->setDefaultSpace(space);
    m_session->openCircle(store, {owner, patient->name, role, {myAccount(), m_myName, myRole()}});
    return {};
}

QString WorkspaceController::shownName(const Patient &patient)
{
    if (!patient.summary.name.isEmpty())
        return patient.summary.name;
    return tr("Patient %1", "@label a patient without a name, with a short id")
        .arg(QString::fromLatin1(patient.source.owner.toHex().left(6)));
}

int WorkspaceController::patientsToRead() const
{
    return int(std::count_if(m_patients.cbegin(), m_patients.cend(), [](const Patient &p) { return !p.described; }));
}

void WorkspaceController::describePending(int budgetMs, bool announce)
{
    QElapsedTimer elapsed;
    elapsed.start();
    bool made = false;
    bool current = false;
    for (Patient &p : m_patients) {
        if (p.described && !p.stale)
            continue;
        if (!vault())
            break; // locked meanwhile: rebuild() starts again on the next unlock
        if (made && elapsed.elapsed() >= budgetMs) {
            m_readStep->start();
            break;
        }
        describe(p);
        made = true;
        current = current || p.source.owner == m_current;
    }
    if (!made || !announce)
        return;
    refreshList();
    if (current)
        refreshCurrent();
    Q_EMIT changed();
    Q_EMIT readingChanged();
}

void WorkspaceController::describe(Patient &patient)
{
    vault::Vault *v = vault();
    if (!v)
        return;
    const domain::CareStore *store = storeFor(patient);
    // Her records cannot be read at all (the vault's database failed): nothing to show of her.
    patient.unreadable = !store;
    patient.described = true;
    patient.stale = false;
    if (!store)
        return;
    patient.summary = PatientSummary::of(*store, patient.source.spaces, myAccount());
    // True for what her store holds: a write it has not taken makes the row stale.
    patient.summary.versions = patient.storeVersions;
    patient.name = shownName(patient);
    // A cache that cannot be written costs the next unlock a read of her records, nothing more.
    (void)v->putLocalCache(PatientSummary::cacheName(patient.source.owner), patient.summary.toCbor());
}

bool WorkspaceController::summaryFromCache(Patient &patient) const
{
    vault::Vault *v = vault();
    if (!v)
        return false;
    const auto bytes = v->localCache(PatientSummary::cacheName(patient.source.owner));
    if (!bytes)
        return false;
    auto summary = PatientSummary::fromCbor(*bytes);
    if (!summary || summary->me != myAccount() || summary->versions != v->spaceVersions(patient.source.spaces))
        return false;
    patient.summary = std::move(*summary);
    return true;
}

bool WorkspaceController::changedSinceSummary(const Patient &patient) const
{
    vault::Vault *v = vault();
    return v && patient.summary.versions != v->spaceVersions(patient.source.spaces);
}

void WorkspaceController::storeIsCurrent(Patient &patient) const
{
    if (vault::Vault *v = vault())
        patient.storeVersions = v->spaceVersions(patient.source.spaces);
}

domain::CareStore *WorkspaceController::storeFor(Patient &patient)
{
    patient.lastUse = ++m_useClock;
    if (patient.store)
        return patient.store.get();
    vault::Vault *v = vault();
    if (!v)
        return nullptr;
    auto store = std::make_unique<domain::CareStore>(*v);
    const QList<QByteArray> spaces = patient.source.spaces;
    store->setSpaceFilter([spaces](const QByteArray &space) { return spaces.contains(space); });
    store->setDefaultSpace(spaces.constFirst());
    // Only her spaces are read, through the vault's space index.
    if (!store->load(spaces))
        return nullptr;
    patient.store = std::move(store);
    storeIsCurrent(patient);
    releaseStores();
    return patient.store.get();
}

void WorkspaceController::releaseStores()
{
    std::vector<Patient *> loaded;
    for (Patient &p : m_patients) {
        if (p.store && p.source.owner != m_current && p.store.get() != m_session->circleStore())
            loaded.push_back(&p);
    }
    if (loaded.size() <= std::size_t(KeptStores))
        return;
    std::sort(loaded.begin(), loaded.end(), [](const Patient *a, const Patient *b) { return a->lastUse > b->lastUse; });
    for (std::size_t i = KeptStores; i < loaded.size(); ++i)
        loaded[i]->store.reset();
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
            storeIsCurrent(p);
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
    // (it moved away): one header read per id, no patient re-reads anything else. A patient
    // whose records are not read here is made again only if one of her spaces was written.
    std::vector<QList<QByteArray>> routed(m_patients.size());
    for (const QByteArray &id : ids) {
        const auto opened = v->get(id);
        for (std::size_t i = 0; i < m_patients.size(); ++i) {
            const Patient &p = m_patients[i];
            if (p.store
                && ((opened && p.source.spaces.contains(opened->header.spaceId)) || !p.store->spaceOf(id).isEmpty()))
                routed[i].append(id);
        }
    }
    bool listChanges = false;
    bool currentChanges = false;
    for (std::size_t i = 0; i < m_patients.size(); ++i) {
        Patient &p = m_patients[i];
        if (!p.described || p.unreadable)
            continue; // describePending() reads her as the vault is then; not retried on pulls
        if (!p.store) {
            // Her row is made again at her turn (describePending()), once however many pull
            // pages touch her meanwhile: reading her records for each would hold the window.
            if (!p.stale && changedSinceSummary(p)) {
                p.stale = true;
                m_readStep->start();
            }
            continue;
        }
        if (routed[i].isEmpty() || !p.store->refresh(routed[i]))
            continue;
        const domain::ChangeSet changes = p.store->takeChanges();
        if (changes.isEmpty())
            continue;
        storeIsCurrent(p);
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
    std::vector<const Patient *> order;
    for (Patient &p : m_patients) {
        if (!p.described || p.unreadable)
            continue; // listed once her row is made
        p.summary.updateReview(); // the app may have stayed open past midnight
        order.push_back(&p);
    }
    if (patientsToRead() > 0) {
        // While rows are still being made, those listed keep their place and new ones come
        // after them: a row never moves under the pointer of someone choosing a patient.
        QHash<QByteArray, qsizetype> listed;
        for (qsizetype i = 0; i < m_listOrder.size(); ++i)
            listed.insert(m_listOrder.at(i), i);
        const auto place = [&](const Patient *p) { return listed.value(p->source.owner, m_listOrder.size()); };
        std::stable_sort(
            order.begin(), order.end(), [&](const Patient *a, const Patient *b) { return place(a) < place(b); });
    } else {
        // Those needing attention first, then by name.
        std::sort(order.begin(), order.end(), [](const Patient *a, const Patient *b) {
            const int fa = a->summary.flags.kindCount();
            const int fb = b->summary.flags.kindCount();
            return fa != fb ? fa > fb : a->name.localeAwareCompare(b->name) < 0;
        });
    }
    m_listOrder.clear();
    for (const Patient *p : order)
        m_listOrder.append(p->source.owner);
    QList<PatientListModel::Row> rows;
    for (const Patient *p : order) {
        const domain::AttentionFlags &flags = p->summary.flags;
        rows.append({QString::fromLatin1(p->source.owner.toHex()), p->name, p->summary.colour, flagList(flags),
            flags.kindCount(), p->summary.newComments(lastOpened(p->source.owner)),
            flags.nextReview.isValid() ? flags.nextReview.startOfDay() : QDateTime(), QString(), p->summary.birthYear});
    }
    m_patientList->setRows(std::move(rows));
    // Whoever lists patients may have made rows: the count of those still to read follows.
    Q_EMIT readingChanged();
}

void WorkspaceController::refreshCurrent()
{
    Patient *p = current();
    // Her view shows her flags and name: her row is made now if it is still to be read.
    if (p && !p->described) {
        describe(*p);
        refreshList();
    }
    const domain::CareStore *store = p ? storeFor(*p) : nullptr;
    const domain::AttentionFlags flags = p ? p->summary.flags : domain::AttentionFlags {};
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

WorkspaceController::Patient *WorkspaceController::current()
{
    for (Patient &p : m_patients) {
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

const domain::CareStore *WorkspaceController::storeOf(const QByteArray &owner)
{
    for (Patient &p : m_patients) {
        if (p.source.owner == owner)
            return storeFor(p);
    }
    return nullptr;
}

int WorkspaceController::readStoreCount() const
{
    return int(std::count_if(m_patients.cbegin(), m_patients.cend(), [](const Patient &p) { return bool(p.store); }));
}

const domain::AttentionFlags *WorkspaceController::flagsOf(const QByteArray &owner) const
{
    for (const Patient &p : m_patients) {
        if (p.source.owner == owner)
            return &p.summary.flags;
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
    return p ? p->summary.colour : QString();
}

QVariantList WorkspaceController::flags() const
{
    const Patient *p = current();
    return p ? flagList(p->summary.flags) : QVariantList();
}

QVariantList WorkspaceController::discussNotes() const
{
    QVariantList list;
    if (const Patient *p = current()) {
        for (const domain::AttentionFlags::Discuss &d : p->summary.flags.discuss)
            list.append(QVariantMap {{QStringLiteral("domain"), d.domain}, {QStringLiteral("note"), d.note.text},
                {QStringLiteral("time"), d.time.toLocalTime()}});
    }
    return list;
}

bool WorkspaceController::hasPlan() const
{
    const Patient *p = current();
    return p && p->store && p->store->plan().has_value();
}

QString WorkspaceController::planTitle() const
{
    const Patient *p = current();
    return p && p->store && p->store->plan() ? p->store->plan()->title.text : QString();
}

QDateTime WorkspaceController::nextReview() const
{
    const Patient *p = current();
    return p && p->summary.flags.nextReview.isValid() ? p->summary.flags.nextReview.startOfDay() : QDateTime();
}

bool WorkspaceController::reviewOverdue() const
{
    const Patient *p = current();
    return p && p->summary.flags.reviewOverdue;
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
    Patient *p = current();
    if (!p || !vault() || !storeFor(*p))
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
    const domain::ChangeSet changes = p->store->takeChanges();
    storeIsCurrent(*p);
    describe(*p);
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
    Patient *p = current();
    if (p && !p->described) {
        describe(*p); // the agenda lists her flags
        refreshList();
    }
    if (!p || !storeFor(*p))
        return result(false, tr("Open a patient first.", "@info"));
    const QString path = interop::AgendaExport::resolveTarget(file);
    if (path.isEmpty())
        return result(false, tr("Choose where to save the agenda.", "@info"));
    const interop::AgendaExport agenda(*p->store, p->name, p->summary.flags);
    const Status written = format == QLatin1String("pdf") ? agenda.writePdf(path) : agenda.writeText(path);
    if (!written)
        return result(false, written.error().message);
    return result(
        true, tr("Agenda saved to %1.", "@info").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

} // namespace cc::app
