// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/goals/goalscontroller.h"

#include "app/plan/planwrites.h"
#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/codes.h"
#include "domain/recordid.h"
#include "vault/vault.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace cc::app {

namespace {

const QString KeyWhatMatters = QStringLiteral("whatMattersToMe");
const QString KeyKind = QStringLiteral("kind");
const QString KeyDomain = QStringLiteral("domain");
const QString KeyTarget = QStringLiteral("target");
const QString KeyTargetDate = QStringLiteral("targetDate");
const QString KeyPriority = QStringLiteral("priority");
const QString KeyStatus = QStringLiteral("status");
const QString KeyAchievement = QStringLiteral("achievement");
const QString KeySteps = QStringLiteral("steps");
const QString KeyText = QStringLiteral("text");
const QString KeyDone = QStringLiteral("done");

QByteArray fromHexId(const QString &id)
{
    return QByteArray::fromHex(id.toLatin1());
}

QString toHexId(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

/** The language the person writes in: the profile's, else the UI's, else "undetermined". */
QString writingLanguage(const domain::CareStore &store)
{
    if (const auto &profile = store.profile(); profile && domain::LocalizedText::isValidLanguageTag(profile->language))
        return profile->language;
    const QString ui = QLocale().bcp47Name();
    return domain::LocalizedText::isValidLanguageTag(ui) ? ui : QStringLiteral("und");
}

domain::LocalizedText localized(const QString &text, const QString &lang)
{
    const QString trimmed = text.trimmed();
    return {trimmed, trimmed.isEmpty() ? QString() : lang};
}

/** A date from a Date, a QDate or an ISO string; nullopt if given but not a real day. */
std::optional<QDate> toDate(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QDate();
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (!dt.isValid())
            return QDate();
        return dt.toLocalTime().date();
    }
    default:
        break;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

struct GoalsController::Private {
    std::optional<domain::Goal> removed;
    bool hasData = false;
    int totalCount = 0;
};

GoalsController::GoalsController(Session *session, QObject *parent)
    : QObject(parent), m_session(session), d(std::make_unique<Private>()), m_goals(new GoalListModel(this)),
      m_progress(new ProgressHistoryModel(this)),
      m_recentProgress(new FirstRowsModel(m_progress, RecentProgress, this)), m_comments(new GoalCommentModel(this)),
      m_statusFilter(GoalListModel::ActiveGroup)
{
    Session *context = m_session;
    connect(context, &Session::storeChanged, this, [this] {
        if (!m_session->circleStore() && d->removed) {
            // Locked: nothing decrypted stays in memory.
            d->removed.reset();
            Q_EMIT canUndoChanged();
        }
        reload();
    });
    connect(context, &Session::circleChanged, this, [this] {
        d->removed.reset(); // an undo belongs to the circle it was made in
        Q_EMIT canUndoChanged();
        reload();
        Q_EMIT circleChanged();
    });
    connect(context, &Session::dataChanged, this, [this](const domain::ChangeSet &changes) {
        // The list shows each goal's latest rating; the open goal its progress and comments.
        using namespace domain;
        if (changes.touches({Goal::Kind, ProgressEntry::Kind}))
            reloadList();
        if (changes.touches({Goal::Kind, CareTeamMember::Kind}))
            reloadSelection(); // the goal itself, or the names on every entry
        else if (changes.touches({ProgressEntry::Kind, Comment::Kind}))
            followSelection(changes);
        if (changes.touches({Goal::Kind}))
            reloadCounts();
    });
    connect(context, &Session::languageChanged, this, &GoalsController::reload);
    reload();
}

GoalsController::~GoalsController() = default;

bool GoalsController::mayEdit() const
{
    return m_session->mayEdit();
}

bool GoalsController::mayAdd() const
{
    return m_session->mayAdd();
}

bool GoalsController::hasData() const
{
    return d->hasData;
}

int GoalsController::totalCount() const
{
    return d->totalCount;
}

bool GoalsController::canUndo() const
{
    return d->removed.has_value();
}

QStringList GoalsController::kindCodes() const
{
    return domain::codes::goalKinds();
}
QStringList GoalsController::domainCodes() const
{
    return domain::codes::goalDomains();
}
QStringList GoalsController::statusCodes() const
{
    return domain::codes::goalStatuses();
}
QStringList GoalsController::achievementCodes() const
{
    return domain::codes::achievements();
}

void GoalsController::setStatusFilter(const QString &group)
{
    if (group == m_statusFilter)
        return;
    m_statusFilter = group;
    reloadList();
    Q_EMIT filtersChanged();
}

void GoalsController::setDomainFilter(const QString &domain)
{
    if (domain == m_domainFilter)
        return;
    m_domainFilter = domain;
    reloadList();
    Q_EMIT filtersChanged();
}

void GoalsController::setSelectedGoalId(const QString &id)
{
    if (id == m_selectedGoalId)
        return;
    m_selectedGoalId = id;
    m_recentProgress->showFirst(); // another goal's history starts with its newest entries
    reloadSelection();
}

void GoalsController::reload()
{
    reloadList();
    reloadSelection();
    reloadCounts();
}

void GoalsController::reloadCounts()
{
    const domain::CareStore *store = m_session->circleStore();
    const bool hasData = store != nullptr;
    const int total = store ? int(store->goals().size()) : 0;
    if (hasData != d->hasData) {
        d->hasData = hasData;
        Q_EMIT hasDataChanged();
    }
    if (total != d->totalCount) {
        d->totalCount = total;
        Q_EMIT totalCountChanged();
    }
}

void GoalsController::reloadList()
{
    m_goals->reload(m_session->circleStore(), m_statusFilter, m_domainFilter);
}

void GoalsController::reloadSelection()
{
    const domain::CareStore *store = m_session->circleStore();
    const QByteArray id = fromHexId(m_selectedGoalId);
    m_progress->reload(store, id);
    m_comments->reload(store, id);
    m_selectedGoal = goal(m_selectedGoalId);
    Q_EMIT selectedGoalChanged();
}

void GoalsController::followSelection(const domain::ChangeSet &changes)
{
    const domain::CareStore *store = m_session->circleStore();
    const QByteArray id = fromHexId(m_selectedGoalId);
    if (!store || id.isEmpty())
        return;
    // Only the entries that changed: the open goal may hold years of daily progress.
    if (changes.touches({domain::ProgressEntry::Kind}))
        m_progress->update(*store, id, changes);
    if (changes.touches({domain::Comment::Kind}))
        m_comments->reload(store, id);
    m_selectedGoal = goal(m_selectedGoalId);
    Q_EMIT selectedGoalChanged();
}

bool GoalsController::fail(const QString &message)
{
    Q_EMIT failed(message);
    return false;
}

namespace {

/** Applies the keys present in @p fields to @p goal; an error message, or "" if all were well-formed. */
QString applyFields(domain::Goal &goal, const QVariantMap &fields, const QString &lang)
{
    if (fields.contains(KeyWhatMatters)) {
        goal.whatMattersToMe = localized(fields.value(KeyWhatMatters).toString(), lang);
        if (goal.whatMattersToMe.isEmpty())
            return GoalsController::tr("Write in your own words what matters to you: that is the heart of a goal.");
    }
    if (fields.contains(KeyKind))
        goal.kind = fields.value(KeyKind).toString();
    if (fields.contains(KeyDomain)) {
        goal.domain = fields.value(KeyDomain).toString();
        if (goal.domain.isEmpty())
            return GoalsController::tr("Choose the part of life this goal is about.");
    }
    if (fields.contains(KeyTarget))
        goal.target = localized(fields.value(KeyTarget).toString(), lang);
    if (fields.contains(KeyTargetDate)) {
        const std::optional<QDate> date = toDate(fields.value(KeyTargetDate));
        if (!date)
            return GoalsController::tr("The target date is not a real day. Check the day, month and year.");
        goal.targetDate = *date;
    }
    if (fields.contains(KeyPriority)) {
        bool ok = false;
        goal.priority = fields.value(KeyPriority).toInt(&ok);
        if (!ok)
            goal.priority = 0; // refused by validate() with its own message
    }
    if (fields.contains(KeyStatus))
        goal.status = fields.value(KeyStatus).toString();
    if (fields.contains(KeyAchievement))
        goal.achievement = fields.value(KeyAchievement).toString();
    if (fields.contains(KeySteps)) {
        goal.steps.clear();
        const QVariantList steps = fields.value(KeySteps).toList();
        for (const QVariant &item : steps) {
            domain::Goal::Step step;
            if (item.canConvert<QVariantMap>() && item.metaType().id() != QMetaType::QString) {
                const QVariantMap map = item.toMap();
                step.text = localized(map.value(KeyText).toString(), lang);
                step.done = map.value(KeyDone).toBool();
            } else {
                step.text = localized(item.toString(), lang);
            }
            if (step.text.isEmpty())
                continue; // an empty line in the editor is no step
            goal.steps.append(step);
        }
    }
    return {};
}

} // namespace

QString GoalsController::createGoal(const QVariantMap &fields)
{
    domain::CareStore *store = m_session->circleStore();
    if (!store) {
        fail(tr("CareCircle is locked. Unlock it to save your goal."));
        return {};
    }
    if (!m_session->mayEdit()) {
        fail(Session::refusal());
        return {};
    }
    domain::Goal goal;
    if (!fields.contains(KeyWhatMatters) || fields.value(KeyWhatMatters).toString().trimmed().isEmpty()) {
        fail(tr("Write in your own words what matters to you: that is the heart of a goal."));
        return {};
    }
    if (!fields.contains(KeyDomain) || fields.value(KeyDomain).toString().isEmpty()) {
        fail(tr("Choose the part of life this goal is about."));
        return {};
    }
    if (const QString error = applyFields(goal, fields, writingLanguage(*store)); !error.isEmpty()) {
        fail(error);
        return {};
    }
    if (Status valid = goal.validate(); !valid) {
        fail(valid.error().message);
        return {};
    }
    goal.lastChangedBy = m_session->actor();
    if (!m_session->inPatientCircle()) {
        Result<QByteArray> author = planwrites::ensurePatientMember(*store);
        if (!author) {
            fail(author.error().message);
            return {};
        }
        goal.expressedBy = *author;
    }
    // "Who can see this?" chosen while writing: a space of hers, else private. In a patient's
    // circle it goes into the space she shared with this account (the store's default).
    const QByteArray space = QByteArray::fromHex(fields.value(QStringLiteral("space")).toString().toLatin1());
    const bool shared = !m_session->inPatientCircle() && !space.isEmpty() && space != store->vault().privateSpaceId()
        && store->spaceInfo(space);
    if (Status saved = shared ? store->saveInSpace(goal, space) : store->save(goal); !saved) {
        fail(saved.error().message);
        return {};
    }
    m_session->notifyChanged();
    return toHexId(goal.id);
}

bool GoalsController::updateGoal(const QString &id, const QVariantMap &fields)
{
    domain::CareStore *store = m_session->circleStore();
    if (!store)
        return fail(tr("CareCircle is locked. Unlock it to save your goal."));
    if (!m_session->mayEdit())
        return fail(Session::refusal());
    const domain::Goal *existing = store->goal(fromHexId(id));
    if (!existing)
        return fail(tr("This goal no longer exists."));
    domain::Goal goal = *existing;
    if (const QString error = applyFields(goal, fields, writingLanguage(*store)); !error.isEmpty())
        return fail(error);
    if (Status valid = goal.validate(); !valid)
        return fail(valid.error().message);
    if (goal == *existing)
        return true;
    goal.lastChangedBy = m_session->actor();
    if (Status saved = store->save(goal); !saved)
        return fail(saved.error().message);
    m_session->notifyChanged();
    return true;
}

bool GoalsController::removeGoal(const QString &id)
{
    domain::CareStore *store = m_session->circleStore();
    if (!store)
        return fail(tr("CareCircle is locked. Unlock it to delete the goal."));
    if (!m_session->mayEdit())
        return fail(Session::refusal());
    const domain::Goal *existing = store->goal(fromHexId(id));
    if (!existing)
        return fail(tr("This goal no longer exists."));
    const domain::Goal copy = *existing;
    if (Status removed = store->remove(copy.id); !removed)
        return fail(removed.error().message);
    d->removed = copy;
    Q_EMIT canUndoChanged();
    Q_EMIT goalRemoved(id);
    m_session->notifyChanged();
    return true;
}

bool GoalsController::undoRemove()
{
    domain::CareStore *store = m_session->circleStore();
    if (!store || !d->removed)
        return fail(tr("There is no deleted goal to bring back."));
    if (!m_session->mayEdit())
        return fail(Session::refusal());
    domain::Goal goal = *d->removed;
    // Who brings it back made the last change: a member's device never re-signs someone
    // else's claim (every client refuses that, docs/sync-protocol.md "Who acted").
    goal.lastChangedBy = m_session->actor();
    if (Status saved = store->save(goal); !saved)
        return fail(saved.error().message);
    d->removed.reset();
    Q_EMIT canUndoChanged();
    m_session->notifyChanged();
    return true;
}

bool GoalsController::setStepDone(const QString &goalId, int index, bool done)
{
    domain::CareStore *store = m_session->circleStore();
    if (!store)
        return fail(tr("CareCircle is locked. Unlock it to save your goal."));
    if (!m_session->mayEdit())
        return fail(Session::refusal());
    const domain::Goal *existing = store->goal(fromHexId(goalId));
    if (!existing)
        return fail(tr("This goal no longer exists."));
    if (index < 0 || index >= existing->steps.size())
        return fail(tr("This step no longer exists."));
    if (existing->steps.at(index).done == done)
        return true;
    domain::Goal goal = *existing;
    goal.steps[index].done = done;
    goal.lastChangedBy = m_session->actor();
    if (Status saved = store->save(goal); !saved)
        return fail(saved.error().message);
    m_session->notifyChanged();
    return true;
}

bool GoalsController::logProgress(const QString &goalId, int rating, const QString &note, const QVariant &date)
{
    domain::CareStore *store = m_session->circleStore();
    if (!store)
        return fail(tr("CareCircle is locked. Unlock it to log progress."));
    if (!m_session->mayAdd())
        return fail(Session::refusal());
    const domain::Goal *goal = store->goal(fromHexId(goalId));
    if (!goal)
        return fail(tr("This goal no longer exists."));
    if (rating != -1 && (rating < MinimumRating || rating > MaximumRating))
        return fail(tr("Choose a rating from %1 to %2.").arg(MinimumRating).arg(MaximumRating));
    const std::optional<QDate> day = toDate(date);
    if (!day)
        return fail(tr("The date is not a real day. Check the day, month and year."));
    domain::ProgressEntry entry;
    entry.goalId = goal->id;
    entry.date = day->isValid() ? *day : QDate::currentDate();
    if (rating >= 0)
        entry.rating = rating;
    entry.note = localized(note, writingLanguage(*store));
    entry.actor = m_session->actor();
    if (entry.actor->isEmpty()) {
        Result<QByteArray> author = planwrites::ensurePatientMember(*store);
        if (!author)
            return fail(author.error().message);
        entry.authorId = *author;
    }
    if (Status valid = entry.validate(); !valid)
        return fail(valid.error().message);
    if (Status saved = store->save(entry); !saved)
        return fail(saved.error().message);
    m_session->notifyChanged();
    return true;
}

QVariantMap GoalsController::goal(const QString &id) const
{
    const domain::CareStore *store = m_session->circleStore();
    if (!store || id.isEmpty())
        return {};
    const domain::Goal *goal = store->goal(fromHexId(id));
    if (!goal)
        return {};
    QVariantList steps;
    int stepsDone = 0;
    for (const domain::Goal::Step &step : goal->steps) {
        steps.append(QVariantMap {{KeyText, step.text.text}, {KeyDone, step.done}});
        stepsDone += step.done ? 1 : 0;
    }
    const domain::CareTeamMember *by = store->member(goal->expressedBy);
    return {
        {QStringLiteral("changedBy"), Session::actorLabel(goal->lastChangedBy, store)},
        {QStringLiteral("id"), id},
        {KeyKind, goal->kind},
        {KeyWhatMatters, goal->whatMattersToMe.text},
        {KeyDomain, goal->domain},
        {KeyTarget, goal->target.text},
        {KeyTargetDate, goal->targetDate.isValid() ? goal->targetDate.startOfDay() : QDateTime()},
        {QStringLiteral("targetDateIso"), goal->targetDate.toString(Qt::ISODate)},
        {KeyPriority, goal->priority},
        {KeyStatus, goal->status},
        {KeyAchievement, goal->achievement},
        {KeySteps, steps},
        {QStringLiteral("stepsDone"), stepsDone},
        {QStringLiteral("expressedByName"), by ? by->displayName : QString()},
        {QStringLiteral("expressedByRole"), by ? by->role : QString()},
    };
}

} // namespace cc::app
