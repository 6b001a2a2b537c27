// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/checkin/checkincontroller.h"

#include <QSettings>

#include "app/plan/planwrites.h"
#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/codes.h"
#include "domain/questionnaire.h"
#include "i18n/translations.h"
#include "vault/vault.h"

namespace cc::app {

namespace {
const QString CheckInId = QStringLiteral("carecircle-checkin");
const QString CaregiverCheckInId = QStringLiteral("carecircle-caregiver");

bool isRating(int value)
{
    return value >= 0 && value <= 10;
}

QVariantMap scaleItem(const domain::Questionnaire::Item &item, const QString &language)
{
    using domain::Questionnaire;
    return {{QStringLiteral("domain"), item.id}, {QStringLiteral("question"), Questionnaire::pick(item.text, language)},
        {QStringLiteral("minLabel"), item.scale ? Questionnaire::pick(item.scale->minLabel, language) : QString()},
        {QStringLiteral("maxLabel"), item.scale ? Questionnaire::pick(item.scale->maxLabel, language) : QString()},
        {QStringLiteral("minimum"), item.minValue()}, {QStringLiteral("maximum"), item.maxValue()}};
}
} // namespace

CheckInController::CheckInController(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_history(new CheckInHistoryModel(this)),
      m_recentHistory(new FirstRowsModel(m_history, RecentHistory, this))
{
    Session *context = m_session;
    connect(context, &Session::storeChanged, this, &CheckInController::reload);
    connect(context, &Session::circleChanged, this, &CheckInController::reload);
    connect(context, &Session::dataChanged, this, [this](const domain::ChangeSet &changes) {
        // Names in the history come from members and the profile: then every row may change.
        // A check-in added or removed changes its own row only.
        if (changes.touches({domain::CareTeamMember::Kind, domain::PatientProfile::Kind})
            || m_session->circleStore() != m_store)
            reload();
        else if (changes.touches({domain::CheckIn::Kind}) && m_store)
            followCheckIns(changes);
    });
    connect(context, &Session::languageChanged, this, &CheckInController::reload);
    reload();
}

CheckInController::~CheckInController() = default;

QString CheckInController::language()
{
    const QString current = i18n::currentLanguage();
    return domain::Questionnaire::requiredLanguages().contains(current) ? current : QStringLiteral("en");
}

void CheckInController::followCheckIns(const domain::ChangeSet &changes)
{
    m_history->update(changes);
    const domain::CheckIn *last = m_store->latestPatientCheckIn();
    m_lastTime = last ? last->time.toLocalTime() : QDateTime();
    Q_EMIT historyChanged();
}

void CheckInController::reload()
{
    domain::CareStore *store = m_session->circleStore();
    const bool availabilityChanges = (store != nullptr) != (m_store != nullptr);
    m_store = store;
    m_history->reload(store);
    m_lastTime = {};
    if (store) {
        if (const domain::CheckIn *last = store->latestPatientCheckIn())
            m_lastTime = last->time.toLocalTime();
    }
    // The draft is not the store's: it is what the person is filling in, and a lock (after an
    // idle time, or the app leaving the screen) must not lose it. It stays in memory only,
    // is never written before Save, and goes with the page that shows it (resetDraft()).
    // But it is about one person: answers given for a patient are never saved as someone
    // else's (a lock closes her circle; the patient may stop sharing while it is open).
    if (m_caregiver && m_session->inPatientCircle()) {
        // Her own check-in is never filled in inside a patient's circle. (A lock keeps it,
        // as it keeps every draft, until the page goes.)
        m_caregiver = false;
        resetDraft();
        Q_EMIT questionnaireChanged();
    } else if (availabilityChanges) {
        Q_EMIT questionnaireChanged();
    }
    if (store) {
        const QByteArray circle = m_session->circle().owner;
        const bool otherCircle = circle != m_draftCircle;
        m_draftCircle = circle;
        if (otherCircle && !m_draft.isEmpty())
            resetDraft();
    }
    Q_EMIT historyChanged();
    if (availabilityChanges)
        Q_EMIT availableChanged();
}

bool CheckInController::available() const
{
    return m_store != nullptr;
}

QDateTime CheckInController::lastCheckInTime() const
{
    return m_lastTime;
}

bool CheckInController::caregiverCheckInOffered() const
{
    return m_store && !m_session->inPatientCircle();
}

bool CheckInController::setCaregiverMode(bool caregiver)
{
    if (caregiver && !caregiverCheckInOffered())
        return false;
    if (caregiver == m_caregiver)
        return true;
    m_caregiver = caregiver;
    resetDraft();
    Q_EMIT questionnaireChanged();
    return true;
}

const QStringList &CheckInController::domains() const
{
    return m_caregiver ? domain::codes::caregiverDomains() : domain::codes::checkInDomains();
}

bool CheckInController::isDraftDomain(const QString &domain) const
{
    return domains().contains(domain);
}

domain::Questionnaire::DomainFields CheckInController::fields() const
{
    const Result<domain::Questionnaire> q = domain::loadShipped(m_caregiver ? CaregiverCheckInId : CheckInId);
    return q ? q->domainFields : domain::Questionnaire::DomainFields {};
}

QVariantMap CheckInController::checkInDefinition() const
{
    return definitionOf(m_caregiver);
}

QVariantMap CheckInController::definitionOf(bool caregiver) const
{
    const Result<domain::Questionnaire> q = domain::loadShipped(caregiver ? CaregiverCheckInId : CheckInId);
    if (!q)
        return {};
    const QString lang = language();
    QVariantList items;
    for (const domain::Questionnaire::Item &item : q->items)
        items.append(scaleItem(item, lang));
    using domain::Questionnaire;
    return {{QStringLiteral("title"), Questionnaire::pick(q->title, lang)},
        {QStringLiteral("intro"), Questionnaire::pick(q->intro, lang)},
        {QStringLiteral("attribution"), Questionnaire::pick(q->attribution, lang)},
        {QStringLiteral("wishAllowed"), q->domainFields.wish},
        {QStringLiteral("discussAllowed"), q->domainFields.discuss},
        {QStringLiteral("noteAllowed"), q->domainFields.note}, {QStringLiteral("items"), items}};
}

QVariantList CheckInController::instruments() const
{
    using domain::Questionnaire;
    const QString lang = language();
    QVariantList list;
    for (const Questionnaire &q : domain::loadShippedQuestionnaires()) {
        if (q.kind != Questionnaire::Kind::Instrument)
            continue;
        list.append(
            QVariantMap {{QStringLiteral("id"), q.id}, {QStringLiteral("title"), Questionnaire::pick(q.title, lang)},
                {QStringLiteral("intro"), Questionnaire::pick(q.intro, lang)},
                {QStringLiteral("attribution"), Questionnaire::pick(q.attribution, lang)},
                {QStringLiteral("itemCount"), int(q.items.size())}});
    }
    return list;
}

QVariantMap CheckInController::instrument(const QString &id) const
{
    using domain::Questionnaire;
    const Result<Questionnaire> q = domain::loadShipped(id);
    if (!q || q->kind != Questionnaire::Kind::Instrument)
        return {};
    const QString lang = language();
    QVariantList items;
    for (const Questionnaire::Item &item : q->items) {
        QVariantList options;
        for (const Questionnaire::Option &option : item.options) {
            options.append(QVariantMap {{QStringLiteral("value"), option.value},
                {QStringLiteral("label"), Questionnaire::pick(option.label, lang)}});
        }
        items.append(QVariantMap {{QStringLiteral("id"), item.id},
            {QStringLiteral("text"), Questionnaire::pick(item.text, lang)}, {QStringLiteral("options"), options}});
    }
    return {{QStringLiteral("id"), q->id}, {QStringLiteral("title"), Questionnaire::pick(q->title, lang)},
        {QStringLiteral("intro"), Questionnaire::pick(q->intro, lang)},
        {QStringLiteral("attribution"), Questionnaire::pick(q->attribution, lang)}, {QStringLiteral("items"), items}};
}

QVariantMap CheckInController::draft() const
{
    QVariantMap map;
    for (const QString &domain : domains()) {
        const domain::CheckIn::DomainAnswer answer = m_draft.value(domain);
        map.insert(domain,
            QVariantMap {{QStringLiteral("rated"), m_rated.contains(domain)}, {QStringLiteral("rating"), answer.rating},
                {QStringLiteral("wish"), answer.wish.value_or(-1)}, {QStringLiteral("discuss"), answer.wantToDiscuss},
                {QStringLiteral("note"), answer.note.text}});
    }
    return map;
}

void CheckInController::resetDraft()
{
    m_draft.clear();
    m_rated.clear();
    Q_EMIT draftChanged();
}

bool CheckInController::setRating(const QString &domain, int rating)
{
    if (!isDraftDomain(domain) || !isRating(rating))
        return false;
    m_draft[domain].rating = rating;
    m_rated.insert(domain);
    Q_EMIT draftChanged();
    return true;
}

bool CheckInController::setWish(const QString &domain, int wish)
{
    if (!isDraftDomain(domain) || (wish != -1 && (!isRating(wish) || !fields().wish)))
        return false;
    m_draft[domain].wish = wish == -1 ? std::nullopt : std::optional<int>(wish);
    Q_EMIT draftChanged();
    return true;
}

bool CheckInController::setDiscuss(const QString &domain, bool discuss)
{
    if (!isDraftDomain(domain) || (discuss && !fields().discuss))
        return false;
    m_draft[domain].wantToDiscuss = discuss;
    Q_EMIT draftChanged();
    return true;
}

bool CheckInController::setNote(const QString &domain, const QString &note)
{
    if (!isDraftDomain(domain) || note.size() > domain::LocalizedText::MaxLength
        || (!note.trimmed().isEmpty() && !fields().note))
        return false;
    const QString text = note.trimmed();
    m_draft[domain].note = text.isEmpty() ? domain::LocalizedText {} : domain::LocalizedText {text, language()};
    Q_EMIT draftChanged();
    return true;
}

QDateTime CheckInController::nextTime() const
{
    // Strictly after the latest check-in (a caregiver check-in too: the history lists both),
    // so that "newest first" is one order even for two saves within the same millisecond
    // (times are stored in milliseconds). The latest is the newest end of the store's index.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const domain::OrderedIds &order = m_store->index().checkIns();
    const domain::CheckIn *latest = order.isEmpty() ? nullptr : m_store->checkIn(order.rbegin()->id);
    return latest && latest->time >= now ? latest->time.toUTC().addMSecs(1) : now;
}

QString CheckInController::saveCheckIn()
{
    if (!m_store)
        return tr("Unlock CareCircle first.");
    if (m_rated.isEmpty())
        return tr("Give at least one rating before saving.");
    domain::CheckIn checkIn;
    for (auto it = m_draft.cbegin(); it != m_draft.cend(); ++it) {
        if (m_rated.contains(it.key()))
            checkIn.answers.insert(it.key(), *it);
        else if (it->wantToDiscuss || !it->note.isEmpty() || it->wish)
            return tr("Give a rating for each part you want to discuss or write about.");
    }
    checkIn.time = nextTime();
    if (m_caregiver && m_session->inPatientCircle())
        return Session::refusal(); // her own check-in never goes into a patient's circle
    if (m_session->inPatientCircle()) {
        // Filled in for the patient by a member of her space: by proxy, naming who did.
        if (!m_session->mayEdit())
            return Session::refusal();
        checkIn.byProxy = true;
        checkIn.actor = m_session->actor();
    } else {
        const Result<QByteArray> me = planwrites::ensurePatientMember(*m_store);
        if (!me)
            return me.error().message;
        checkIn.completedById = *me;
    }
    if (Status valid = checkIn.validate(); !valid)
        return valid.error().message;
    const QByteArray space = QByteArray::fromHex(checkInSpace().toLatin1());
    const bool shared = !space.isEmpty() && m_store->vault().ownsSpace(space) && m_store->spaceInfo(space);
    if (Status written = shared ? m_store->saveInSpace(checkIn, space) : m_store->save(checkIn); !written)
        return written.error().message;
    m_draft.clear();
    m_rated.clear();
    Q_EMIT draftChanged();
    m_session->notifyChanged();
    Q_EMIT saved();
    return {};
}

QString CheckInController::checkInSpace() const
{
    if (!m_store)
        return {};
    // A random space id, not health data: where this person's check-ins usually go.
    return QSettings().value(spaceKey()).toString();
}

QString CheckInController::spaceKey() const
{
    // Her caregiver check-ins have their own choice: sharing her patient check-ins with her
    // care team must not share her strain as a caregiver too.
    return QStringLiteral("%1/%2").arg(
        m_caregiver ? QStringLiteral("caregiverCheckInSpace") : QStringLiteral("checkInSpace"),
        QString::fromLatin1(m_store->vault().vaultId().toHex()));
}

void CheckInController::setCheckInSpace(const QString &spaceId)
{
    if (!m_store)
        return;
    QSettings().setValue(spaceKey(), spaceId);
}

Result<domain::CheckIn::InstrumentResult> CheckInController::score(const QString &id, const QVariantList &answers) const
{
    const Result<domain::Questionnaire> q = domain::loadShipped(id);
    if (!q)
        return q.error();
    QList<int> values;
    values.reserve(answers.size());
    for (const QVariant &answer : answers) {
        bool ok = false;
        const int value = answer.toInt(&ok);
        values.append(ok ? value : -1);
    }
    return q->score(values, language());
}

QVariantMap CheckInController::resultMap(
    const domain::Questionnaire &q, const domain::CheckIn::InstrumentResult &result) const
{
    using domain::Questionnaire;
    const QString lang = language();
    const Questionnaire::Band *band = q.band(result.derivedScore);
    return {{QStringLiteral("title"), Questionnaire::pick(q.title, lang)},
        {QStringLiteral("rawScore"), result.rawScore}, {QStringLiteral("derivedScore"), result.derivedScore},
        {QStringLiteral("rawMaximum"), q.rawRange().second},
        {QStringLiteral("derivedMaximum"), q.derivedRange().second}, {QStringLiteral("scaled"), q.multiplier != 1},
        {QStringLiteral("bandLabel"), band ? Questionnaire::pick(band->label, lang) : QString()},
        {QStringLiteral("description"), band ? Questionnaire::pick(band->description, lang) : QString()},
        {QStringLiteral("attribution"), Questionnaire::pick(q.attribution, lang)}};
}

QVariantMap CheckInController::scoreInstrument(const QString &id, const QVariantList &answers) const
{
    const Result<domain::CheckIn::InstrumentResult> result = score(id, answers);
    if (!result)
        return {{QStringLiteral("error"), result.error().message}};
    return resultMap(*domain::loadShipped(id), *result);
}

QVariantMap CheckInController::describeScore(const QString &id, double derivedScore) const
{
    const Result<domain::Questionnaire> q = domain::loadShipped(id);
    if (!q)
        return {};
    domain::CheckIn::InstrumentResult result;
    result.derivedScore = derivedScore;
    result.rawScore = q->multiplier > 0 ? int(derivedScore) / q->multiplier : 0;
    return resultMap(*q, result);
}

QVariantMap CheckInController::saveInstrument(const QString &id, const QVariantList &answers)
{
    if (!m_store)
        return {{QStringLiteral("error"), tr("Unlock CareCircle first.")}};
    if (m_session->inPatientCircle()) // questionnaires ask the patient herself, never a proxy
        return {{QStringLiteral("error"), Session::refusal()}};
    const Result<domain::CheckIn::InstrumentResult> result = score(id, answers);
    if (!result)
        return {{QStringLiteral("error"), result.error().message}};
    const Result<QByteArray> me = planwrites::ensurePatientMember(*m_store);
    if (!me)
        return {{QStringLiteral("error"), me.error().message}};
    domain::CheckIn checkIn;
    checkIn.completedById = *me;
    checkIn.time = nextTime();
    checkIn.instruments.append(*result);
    if (Status written = m_store->save(checkIn); !written)
        return {{QStringLiteral("error"), written.error().message}};
    m_session->notifyChanged();
    Q_EMIT saved();
    return resultMap(*domain::loadShipped(id), *result);
}

} // namespace cc::app
