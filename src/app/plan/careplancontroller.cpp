// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan/careplancontroller.h"

#include "app/plan/planwrites.h"
#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/codes.h"

namespace cc::app {

namespace {
const QString KeyTitle = QStringLiteral("title");
const QString KeyKind = QStringLiteral("kind");
const QString KeyAssignees = QStringLiteral("assigneeIds");
const QString KeyStatus = QStringLiteral("status");
const QString KeyScheduleType = QStringLiteral("scheduleType");
const QString KeyDate = QStringLiteral("date");
const QString KeyStart = QStringLiteral("start");
const QString KeyEnd = QStringLiteral("end");
const QString KeyEvery = QStringLiteral("every");
const QString KeyUnit = QStringLiteral("unit");
const QString KeyWeekdays = QStringLiteral("weekdays");
const QString KeyTime = QStringLiteral("time");

Error invalid(const char *text)
{
    return Error {ErrorCode::InvalidInput, QCoreApplication::translate("CarePlanController", text)};
}

QString isoText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

struct CarePlanController::Data {
    QDate pinnedToday;
    QByteArray doneLogActivity;
};

CarePlanController::CarePlanController(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m(std::make_unique<Data>()), m_activities(new ActivityListModel(this)),
      m_doneLog(new DoneLogModel(this)), m_recentDoneLog(new FirstRowsModel(m_doneLog, RecentDoneLog, this))
{
    connect(m_session, &Session::circleChanged, this, [this] {
        startAfresh();
        Q_EMIT circleChanged();
    });
    // Unlocked or locked: nothing to undo from before.
    connect(m_session, &Session::storeChanged, this, &CarePlanController::startAfresh);
    connect(m_session, &Session::dataChanged, this, [this](const domain::ChangeSet &changes) {
        using namespace domain;
        if (changes.touches({CarePlan::Kind, Activity::Kind, Goal::Kind, CareTeamMember::Kind, PatientProfile::Kind}))
            reload();
    });
    connect(m_session, &Session::languageChanged, this, &CarePlanController::reload);
    reload();
}

CarePlanController::~CarePlanController() = default;

bool CarePlanController::mayEdit() const
{
    return m_session->mayEdit();
}

bool CarePlanController::mayAdd() const
{
    return m_session->mayAdd();
}

domain::CareStore *CarePlanController::store() const
{
    return m_session->circleStore();
}

void CarePlanController::setToday(QDate today)
{
    m->pinnedToday = today;
    reload();
}

QDate CarePlanController::today() const
{
    return m->pinnedToday.isValid() ? m->pinnedToday : QDate::currentDate();
}

void CarePlanController::startAfresh()
{
    m_undo = nullptr;
    m_undoText.clear();
    m->doneLogActivity.clear();
    Q_EMIT undoChanged();
    Q_EMIT doneLogActivityChanged();
    reload();
}

void CarePlanController::reload()
{
    m_activities->reload(store(), today());
    m_doneLog->reload(store(), m->doneLogActivity);
    Q_EMIT changed();
}

bool CarePlanController::available() const
{
    return store() != nullptr;
}
bool CarePlanController::hasPlan() const
{
    return store() && store()->plan().has_value();
}
QString CarePlanController::title() const
{
    return hasPlan() ? store()->plan()->title.text : QString();
}
QString CarePlanController::status() const
{
    return hasPlan() ? store()->plan()->status : QString();
}
QDateTime CarePlanController::periodStart() const
{
    return hasPlan() && store()->plan()->periodStart.isValid() ? store()->plan()->periodStart.startOfDay()
                                                               : QDateTime();
}
QDateTime CarePlanController::periodEnd() const
{
    return hasPlan() && store()->plan()->periodEnd.isValid() ? store()->plan()->periodEnd.startOfDay() : QDateTime();
}
QDateTime CarePlanController::nextReview() const
{
    return hasPlan() && store()->plan()->nextReview.isValid() ? store()->plan()->nextReview.startOfDay() : QDateTime();
}
QString CarePlanController::coordinatorId() const
{
    if (!hasPlan() || !store()->member(store()->plan()->coordinatorId))
        return {};
    return planwrites::hexId(store()->plan()->coordinatorId);
}
QString CarePlanController::coordinatorName() const
{
    const domain::CareTeamMember *c = hasPlan() ? store()->member(store()->plan()->coordinatorId) : nullptr;
    return c ? c->displayName : QString();
}
QString CarePlanController::coordinatorRole() const
{
    const domain::CareTeamMember *c = hasPlan() ? store()->member(store()->plan()->coordinatorId) : nullptr;
    return c ? c->role : QString();
}
QStringList CarePlanController::agreements() const
{
    QStringList list;
    if (hasPlan()) {
        for (const domain::LocalizedText &a : store()->plan()->agreements)
            list.append(a.text);
    }
    return list;
}
QStringList CarePlanController::planStatuses() const
{
    return domain::codes::planStatuses();
}
QStringList CarePlanController::activityKinds() const
{
    return domain::codes::activityKinds();
}
QStringList CarePlanController::activityStatuses() const
{
    return domain::codes::activityStatuses();
}
QString CarePlanController::doneLogActivityId() const
{
    return planwrites::hexId(m->doneLogActivity);
}

QString CarePlanController::finishWrite(const Status &status)
{
    m_session->notifyChanged();
    return status ? QString() : status.error().message;
}

void CarePlanController::setUndo(const QString &text, std::function<Status()> undo)
{
    m_undoText = text;
    m_undo = std::move(undo);
    Q_EMIT undoChanged();
}

QString CarePlanController::undo()
{
    if (!m_undo || !store())
        return {};
    const std::function<Status()> undo = std::move(m_undo);
    m_undo = nullptr;
    m_undoText.clear();
    Q_EMIT undoChanged();
    const Status done = undo();
    m_session->notifyChanged();
    return done ? QString() : done.error().message;
}

void CarePlanController::dismissUndo()
{
    if (m_undoText.isEmpty() && !m_undo)
        return;
    m_undo = nullptr;
    m_undoText.clear();
    Q_EMIT undoChanged();
}

// ---- plan -------------------------------------------------------------------------------

QString CarePlanController::savePlan(const QString &title, const QString &status, const QString &periodStart,
    const QString &periodEnd, const QString &nextReview, const QString &coordinatorId)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked. Unlock it and try again.");
    if (!m_session->mayEdit())
        return Session::refusal();
    const auto start = planwrites::parseDate(periodStart);
    const auto end = planwrites::parseDate(periodEnd);
    const auto review = planwrites::parseDate(nextReview);
    if (!start || !end || !review)
        return tr("Please write dates like 2026-11-27.", "@info date format hint");
    const QByteArray coordinator = planwrites::idFromHex(coordinatorId);
    if (!coordinatorId.isEmpty() && !s->member(coordinator))
        return tr("The coordinator must be someone in the care team.");

    domain::CarePlan plan = s->plan().value_or(domain::CarePlan {});
    const bool isNew = !s->plan().has_value();
    if (plan.title.text != title.trimmed())
        plan.title = planwrites::localized(*s, title);
    plan.status = status;
    plan.periodStart = *start;
    plan.periodEnd = *end;
    plan.nextReview = *review;
    if (Status valid = plan.validate(); !valid)
        return valid.error().message;
    plan.lastChangedBy = m_session->actor();
    Status saved = s->save(plan);
    if (saved && (isNew || plan.coordinatorId != coordinator))
        saved = planwrites::applyCoordinator(*s, coordinator);
    if (saved)
        m_lastSavedId = planwrites::hexId(plan.id);
    return finishWrite(saved);
}

QString CarePlanController::addAgreement(const QString &text)
{
    domain::CareStore *s = store();
    if (!m_session->mayEdit())
        return Session::refusal();
    if (!s || !s->plan())
        return tr("Start a care plan first.");
    if (text.trimmed().isEmpty())
        return tr("Write the agreement first.");
    domain::CarePlan plan = *s->plan();
    plan.agreements.append(planwrites::localized(*s, text));
    plan.lastChangedBy = m_session->actor();
    return finishWrite(s->save(plan));
}

QString CarePlanController::editAgreement(int index, const QString &text)
{
    domain::CareStore *s = store();
    if (!m_session->mayEdit())
        return Session::refusal();
    if (!s || !s->plan() || index < 0 || index >= s->plan()->agreements.size())
        return tr("This agreement is no longer in the plan.");
    if (text.trimmed().isEmpty())
        return tr("An agreement cannot be empty. To take it out of the plan, remove it.");
    domain::CarePlan plan = *s->plan();
    if (plan.agreements.at(index).text == text.trimmed())
        return {};
    plan.agreements[index] = planwrites::localized(*s, text);
    plan.lastChangedBy = m_session->actor();
    return finishWrite(s->save(plan));
}

QString CarePlanController::removeAgreement(int index)
{
    domain::CareStore *s = store();
    if (!m_session->mayEdit())
        return Session::refusal();
    if (!s || !s->plan() || index < 0 || index >= s->plan()->agreements.size())
        return tr("This agreement is no longer in the plan.");
    domain::CarePlan plan = *s->plan();
    const domain::LocalizedText removed = plan.agreements.takeAt(index);
    plan.lastChangedBy = m_session->actor();
    const Status saved = s->save(plan);
    if (saved) {
        setUndo(tr("Agreement removed."), [this, index, removed]() -> Status {
            domain::CareStore *st = store();
            if (!st || !st->plan())
                return makeError(ErrorCode::NotFound, trNoop("CarePlanController", "The care plan is gone."));
            domain::CarePlan p = *st->plan();
            p.agreements.insert(std::min<qsizetype>(index, p.agreements.size()), removed);
            p.lastChangedBy = m_session->actor();
            return st->save(p);
        });
    }
    return finishWrite(saved);
}

QString CarePlanController::moveAgreement(int from, int to)
{
    domain::CareStore *s = store();
    if (!m_session->mayEdit())
        return Session::refusal();
    if (!s || !s->plan())
        return tr("Start a care plan first.");
    domain::CarePlan plan = *s->plan();
    if (from < 0 || from >= plan.agreements.size() || to < 0 || to >= plan.agreements.size())
        return tr("This agreement is no longer in the plan.");
    if (from == to)
        return {};
    plan.agreements.move(from, to);
    plan.lastChangedBy = m_session->actor();
    return finishWrite(s->save(plan));
}

// ---- activities -------------------------------------------------------------------------

QVariantMap CarePlanController::activity(const QString &id) const
{
    domain::CareStore *s = store();
    const QByteArray key = planwrites::idFromHex(id);
    if (!s || key.isEmpty())
        return {};
    for (const domain::Activity &a : s->activities()) {
        if (a.id != key)
            continue;
        QStringList assignees;
        for (const QByteArray &m : a.assigneeIds) {
            if (s->member(m))
                assignees.append(planwrites::hexId(m));
        }
        const domain::Schedule &sc = a.schedule;
        using T = domain::Schedule::Type;
        return {{KeyTitle, a.title.text}, {KeyKind, a.kind}, {KeyAssignees, assignees}, {KeyStatus, a.status},
            {QStringLiteral("changedBy"), Session::actorLabel(a.lastChangedBy, s)},
            {KeyScheduleType,
                sc.type == T::Once            ? QStringLiteral("once")
                    : sc.type == T::Recurring ? QStringLiteral("recurring")
                                              : QStringLiteral("none")},
            {KeyDate, isoText(sc.date)}, {KeyStart, isoText(sc.start)}, {KeyEnd, isoText(sc.end)}, {KeyEvery, sc.every},
            {KeyUnit, sc.unit == domain::Schedule::Unit::Days ? QStringLiteral("days") : QStringLiteral("weeks")},
            {KeyWeekdays, int(sc.weekdays)},
            {KeyTime, sc.time ? sc.time->toString(QStringLiteral("HH:mm")) : QString()},
            {QStringLiteral("scheduleText"), planwrites::scheduleInWords(sc, today())}};
    }
    return {};
}

Result<domain::Schedule> CarePlanController::scheduleFrom(const QVariantMap &fields) const
{
    domain::Schedule schedule;
    const QString type = fields.value(KeyScheduleType).toString();
    const QString timeText = fields.value(KeyTime).toString().trimmed();
    if (!timeText.isEmpty()) {
        QTime time = QTime::fromString(timeText, QStringLiteral("H:mm"));
        if (!time.isValid())
            time = QTime::fromString(timeText, QStringLiteral("H.mm"));
        if (!time.isValid())
            return invalid(QT_TRANSLATE_NOOP("CarePlanController", "Please write the time like 08:30."));
        schedule.time = time;
    }
    if (type == QLatin1String("once")) {
        const auto date = planwrites::parseDate(fields.value(KeyDate).toString());
        if (!date || !date->isValid())
            return invalid(QT_TRANSLATE_NOOP("CarePlanController", "Please give the day, like 2026-11-27."));
        schedule.type = domain::Schedule::Type::Once;
        schedule.date = *date;
    } else if (type == QLatin1String("recurring")) {
        schedule.type = domain::Schedule::Type::Recurring;
        const auto start = planwrites::parseDate(fields.value(KeyStart).toString());
        if (!start)
            return invalid(QT_TRANSLATE_NOOP("CarePlanController", "Please give the first day like 2026-11-27."));
        schedule.start = start->isValid() ? *start : today();
        const auto end = planwrites::parseDate(fields.value(KeyEnd).toString());
        if (!end)
            return invalid(QT_TRANSLATE_NOOP(
                "CarePlanController", "Please give the last day like 2026-11-27, or leave it empty."));
        schedule.end = *end;
        if (schedule.end.isValid() && schedule.end < schedule.start)
            return invalid(QT_TRANSLATE_NOOP("CarePlanController", "The last day comes before the first day."));
        schedule.unit = fields.value(KeyUnit).toString() == QLatin1String("days") ? domain::Schedule::Unit::Days
                                                                                  : domain::Schedule::Unit::Weeks;
        bool ok = false;
        schedule.every = fields.value(KeyEvery, 1).toInt(&ok);
        const int max = schedule.unit == domain::Schedule::Unit::Days ? domain::Schedule::MaxEveryDays
                                                                      : domain::Schedule::MaxEveryWeeks;
        if (!ok || schedule.every < 1 || schedule.every > max)
            return invalid(
                QT_TRANSLATE_NOOP("CarePlanController", "“Every” must be a number from 1 to 52 weeks or 365 days."));
        const int weekdays = fields.value(KeyWeekdays, 0).toInt();
        if (weekdays < 0 || weekdays > domain::Schedule::AllWeekdays)
            return invalid(QT_TRANSLATE_NOOP("CarePlanController", "Please choose the days of the week again."));
        schedule.weekdays = quint8(weekdays);
        if (schedule.unit == domain::Schedule::Unit::Weeks && schedule.weekdays == 0)
            return invalid(QT_TRANSLATE_NOOP("CarePlanController", "Choose at least one day of the week."));
    } else if (!type.isEmpty() && type != QLatin1String("none")) {
        return invalid(QT_TRANSLATE_NOOP("CarePlanController", "Choose when it happens."));
    }
    if (Status valid = schedule.validate(); !valid)
        return valid.error();
    return schedule;
}

QString CarePlanController::describeSchedule(const QVariantMap &fields) const
{
    const Result<domain::Schedule> schedule = scheduleFrom(fields);
    return schedule ? planwrites::scheduleInWords(*schedule, today()) : schedule.error().message;
}

QString CarePlanController::saveActivity(const QString &id, const QVariantMap &fields)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked. Unlock it and try again.");
    if (!m_session->mayEdit())
        return Session::refusal();
    domain::Activity activity;
    if (!id.isEmpty()) {
        const QByteArray key = planwrites::idFromHex(id);
        bool found = false;
        for (const domain::Activity &a : s->activities()) {
            if (a.id == key) {
                activity = a;
                found = true;
                break;
            }
        }
        if (!found)
            return tr("This activity is no longer in the plan.");
    }
    const QString title = fields.value(KeyTitle).toString();
    if (title.trimmed().isEmpty())
        return tr("Give the activity a name, for example “Walk to the park”.");
    if (activity.title.text != title.trimmed())
        activity.title = planwrites::localized(*s, title);
    activity.kind = fields.value(KeyKind).toString();
    if (!domain::codes::isValidActivityKind(activity.kind))
        return tr("Choose what kind of activity it is.");
    if (fields.contains(KeyStatus))
        activity.status = fields.value(KeyStatus).toString();
    QList<QByteArray> assignees;
    for (const QString &hex : fields.value(KeyAssignees).toStringList()) {
        const QByteArray member = planwrites::idFromHex(hex);
        if (!s->member(member))
            return tr("One of the people chosen is no longer in the care team.");
        if (!assignees.contains(member))
            assignees.append(member);
    }
    activity.assigneeIds = assignees;
    Result<domain::Schedule> schedule = scheduleFrom(fields);
    if (!schedule)
        return schedule.error().message;
    activity.schedule = *schedule;
    if (Status valid = activity.validate(); !valid)
        return valid.error().message;
    activity.lastChangedBy = m_session->actor();
    const Status saved = s->save(activity);
    if (saved)
        m_lastSavedId = planwrites::hexId(activity.id);
    return finishWrite(saved);
}

QString CarePlanController::markDone(const QString &id, const QString &note, QDate date)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked. Unlock it and try again.");
    if (!m_session->mayEdit())
        return Session::refusal();
    const QByteArray key = planwrites::idFromHex(id);
    std::optional<domain::Activity> activity;
    for (const domain::Activity &a : s->activities()) {
        if (a.id == key)
            activity = a;
    }
    if (!activity)
        return tr("This activity is no longer in the plan.");
    if (!date.isValid())
        date = today();
    if (date > today())
        return tr("You can only mark as done what already happened.");
    QByteArray by; // a member of her space is named by "last changed by", not by a card
    if (!m_session->inPatientCircle()) {
        const Result<QByteArray> me = planwrites::ensurePatientMember(*s);
        if (!me)
            return finishWrite(me.error());
        by = *me;
    }
    const domain::Activity before = *activity;
    activity->doneLog.append({date, by, planwrites::localized(*s, note)});
    activity->lastChangedBy = m_session->actor();
    const Status saved = s->save(*activity);
    if (saved) {
        setUndo(tr("Marked “%1” as done.").arg(activity->title.text), [this, b = before]() mutable -> Status {
            domain::CareStore *st = store();
            if (!st)
                return makeError(ErrorCode::Locked, trNoop("CarePlanController", "CareCircle is locked."));
            b.lastChangedBy = m_session->actor(); // the undo is this account's change
            return st->save(b);
        });
    }
    return finishWrite(saved);
}

QString CarePlanController::removeActivity(const QString &id)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked. Unlock it and try again.");
    if (!m_session->mayEdit())
        return Session::refusal();
    const QByteArray key = planwrites::idFromHex(id);
    std::optional<domain::Activity> removed;
    for (const domain::Activity &a : s->activities()) {
        if (a.id == key)
            removed = a;
    }
    if (!removed)
        return tr("This activity is no longer in the plan.");
    const Status done = s->remove(key);
    if (done) {
        setUndo(tr("Removed “%1”.").arg(removed->title.text), [this, r = *removed]() mutable -> Status {
            domain::CareStore *st = store();
            if (!st)
                return makeError(ErrorCode::Locked, trNoop("CarePlanController", "CareCircle is locked."));
            r.lastChangedBy = m_session->actor(); // the undo is this account's change
            return st->save(r); // same id: the store brings the record back
        });
    }
    return finishWrite(done);
}

void CarePlanController::showDoneLog(const QString &id)
{
    m->doneLogActivity = planwrites::idFromHex(id);
    m_recentDoneLog->showFirst();
    m_doneLog->reload(store(), m->doneLogActivity);
    Q_EMIT doneLogActivityChanged();
}

} // namespace cc::app
