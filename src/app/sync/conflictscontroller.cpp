// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/conflictscontroller.h"

#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/conflictcopy.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

namespace {

/** Where a lost text lived, in words, and what its field holds now. */
struct Target {
    QString place;
    QCborValue current; ///< the field's value now (undefined if the record is gone)
    bool found = false;
};

QString plainText(const QCborValue &value)
{
    if (auto text = domain::ConflictCopy::textOf(value))
        return text->text;
    return {};
}

template<typename Record>
Target targetOf(const Record &record, const QString &field, const QString &place)
{
    return Target {place, record.toFields().value(field), true};
}

Target findTarget(const domain::CareStore &store, const domain::ConflictCopy &copy)
{
    const QByteArray &id = copy.targetId;
    if (const domain::Goal *goal = store.goal(id))
        return targetOf(*goal, copy.field, ConflictListModel::tr("Goal “%1”").arg(goal->whatMattersToMe.text));
    for (const domain::Activity &activity : store.activities()) {
        if (activity.id == id)
            return targetOf(activity, copy.field, ConflictListModel::tr("Activity “%1”").arg(activity.title.text));
    }
    if (const domain::CareTeamMember *member = store.member(id))
        return targetOf(*member, copy.field, ConflictListModel::tr("Care team: %1").arg(member->displayName));
    if (store.plan() && store.plan()->id == id)
        return targetOf(
            *store.plan(), copy.field, ConflictListModel::tr("Care plan “%1”").arg(store.plan()->title.text));
    if (store.profile() && store.profile()->id == id)
        return targetOf(*store.profile(), copy.field, ConflictListModel::tr("Your profile"));
    return Target {ConflictListModel::tr("A record that was deleted since"), {}, false};
}

/** The field in words; record kinds share short keys, so the kind decides. */
QString fieldLabel(const QString &kind, const QString &field)
{
    if (kind == u"goal") {
        if (field == u"wm")
            return ConflictListModel::tr("What matters to me");
        if (field == u"tg")
            return ConflictListModel::tr("Target");
        if (field == u"st")
            return ConflictListModel::tr("Steps");
    } else if (kind == u"activity") {
        if (field == u"t")
            return ConflictListModel::tr("Title");
        if (field == u"dl")
            return ConflictListModel::tr("Notes on what was done");
    } else if (kind == u"care_plan") {
        if (field == u"t")
            return ConflictListModel::tr("Title");
        if (field == u"a")
            return ConflictListModel::tr("Agreements");
    } else if (kind == u"care_team_member") {
        if (field == u"n")
            return ConflictListModel::tr("Name");
        if (field == u"o")
            return ConflictListModel::tr("Organisation");
        if (field == u"ct")
            return ConflictListModel::tr("How to reach them");
    }
    return ConflictListModel::tr("Text");
}

/** The value that puts @p text back in a field that now holds @p current, or nothing if
 *  that field does not hold a single text (a list, say) and cannot simply be replaced. */
std::optional<QCborValue> replacementFor(const QCborValue &current, const domain::LocalizedText &text)
{
    if (current.isMap() && domain::LocalizedText::fromCbor(current)) {
        domain::LocalizedText restored = text;
        if (!domain::LocalizedText::isValidLanguageTag(restored.lang) || restored.lang == u"und")
            restored.lang = domain::LocalizedText::fromCbor(current)->lang;
        return QCborValue(restored.toCbor());
    }
    if (current.isString())
        return QCborValue(text.text);
    return std::nullopt;
}

template<typename Record>
Status saveWithField(domain::CareStore &store, const Record &record, const QString &field, const QCborValue &value)
{
    QCborMap fields = record.toFields();
    fields.insert(field, value);
    auto edited = Record::fromFields(fields);
    if (!edited)
        return edited.error();
    edited->id = record.id;
    return store.save(*edited);
}

Status putBack(domain::CareStore &store, const domain::ConflictCopy &copy, const QCborValue &value)
{
    const QByteArray &id = copy.targetId;
    if (const domain::Goal *goal = store.goal(id))
        return saveWithField(store, *goal, copy.field, value);
    for (const domain::Activity &activity : store.activities()) {
        if (activity.id == id)
            return saveWithField(store, activity, copy.field, value);
    }
    if (const domain::CareTeamMember *member = store.member(id))
        return saveWithField(store, *member, copy.field, value);
    if (store.plan() && store.plan()->id == id)
        return saveWithField(store, *store.plan(), copy.field, value);
    if (store.profile() && store.profile()->id == id)
        return saveWithField(store, *store.profile(), copy.field, value);
    return makeError(ErrorCode::NotFound,
        trNoop("ConflictsController", "The record this text belonged to was deleted, so it cannot be put back."));
}

std::optional<domain::ConflictCopy> copyOf(const domain::CareStore &store, const QByteArray &id)
{
    for (const domain::ConflictCopy &copy : store.conflictCopies()) {
        if (copy.id == id)
            return copy;
    }
    return std::nullopt;
}

} // namespace

ConflictListModel::ConflictListModel(QObject *parent)
    : RowModel({"recordId", "place", "field", "lostText", "currentText", "when", "canRestore"}, parent)
{ }

void ConflictListModel::reload(const domain::CareStore *store)
{
    QList<Row> rows;
    if (store) {
        QList<domain::ConflictCopy> copies = store->conflictCopies();
        std::sort(copies.begin(), copies.end(), [](const auto &a, const auto &b) {
            return a.winningTime > b.winningTime || (a.winningTime == b.winningTime && a.id < b.id);
        });
        const QLocale locale;
        for (const domain::ConflictCopy &copy : copies) {
            const Target target = findTarget(*store, copy);
            const QString when = tr("Written %1; replaced by an edit from %2.")
                                     .arg(locale.toString(copy.losingTime.toLocalTime(), QLocale::ShortFormat),
                                         locale.toString(copy.winningTime.toLocalTime(), QLocale::ShortFormat));
            const bool canRestore = target.found && replacementFor(target.current, copy.text).has_value();
            rows.append({QString::fromLatin1(copy.id.toHex()), target.place, fieldLabel(copy.targetKind, copy.field),
                copy.text.text, plainText(target.current), when, canRestore});
        }
    }
    m_rows.set(std::move(rows));
}

ConflictsController::ConflictsController(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_model(new ConflictListModel(this))
{
    connect(m_session, &Session::storeChanged, this, [this] {
        dismissUndo();
        reload();
    });
    connect(m_session, &Session::dataChanged, this, [this](const domain::ChangeSet &changes) {
        // A copy names the record it belongs to and shows its current text: every mutable kind.
        using namespace domain;
        if (changes.touches({ConflictCopy::Kind, Goal::Kind, Activity::Kind, CarePlan::Kind, CareTeamMember::Kind,
                PatientProfile::Kind, SpaceInfo::Kind}))
            reload();
    });
    connect(m_session, &Session::languageChanged, this, &ConflictsController::reload);
    reload();
}

domain::CareStore *ConflictsController::store() const
{
    return m_session->store();
}

void ConflictsController::reload()
{
    m_model->reload(store());
}

QString ConflictsController::finishWrite(const Status &status)
{
    if (!status)
        return status.error().message;
    m_session->notifyChanged();
    return {};
}

QString ConflictsController::restore(const QString &recordId)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked.");
    const QByteArray id = QByteArray::fromHex(recordId.toLatin1());
    const std::optional<domain::ConflictCopy> copy = copyOf(*s, id);
    if (!copy)
        return tr("This text is no longer waiting for review.");
    const Target target = findTarget(*s, *copy);
    const auto value = target.found ? replacementFor(target.current, copy->text) : std::nullopt;
    if (!value)
        return tr("This text cannot be put back by itself. Copy it and edit the record instead.");
    if (auto put = putBack(*s, *copy, *value); !put)
        return finishWrite(put);
    dismissUndo();
    return finishWrite(s->remove(id));
}

QString ConflictsController::dismiss(const QString &recordId)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("CareCircle is locked.");
    const QByteArray id = QByteArray::fromHex(recordId.toLatin1());
    const std::optional<domain::ConflictCopy> copy = copyOf(*s, id);
    if (!copy)
        return tr("This text is no longer waiting for review.");
    auto kept = std::make_shared<domain::ConflictCopy>(*copy);
    if (auto removed = s->remove(id); !removed)
        return finishWrite(removed);
    m_undoCopy = std::move(kept);
    m_undoText = tr("Overwritten text let go.");
    Q_EMIT undoChanged();
    return finishWrite({});
}

QString ConflictsController::undo()
{
    domain::CareStore *s = store();
    if (!s || !m_undoCopy)
        return {};
    domain::ConflictCopy copy = *m_undoCopy;
    dismissUndo();
    return finishWrite(s->save(copy));
}

void ConflictsController::dismissUndo()
{
    m_undoCopy.reset();
    if (m_undoText.isEmpty())
        return;
    m_undoText.clear();
    Q_EMIT undoChanged();
}

} // namespace cc::app
