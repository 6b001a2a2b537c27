// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/commentmodel.h"

#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/recordid.h"
#include "vault/vault.h"

#include <QSettings>

#include <QLocale>

#include <algorithm>

namespace cc::app {

CommentModel::CommentModel(QObject *parent)
    : RowModel({"recordId", "authorName", "authorRole", "text", "time", "targetTitle", "isNew"}, parent)
{ }

void CommentModel::reload(const domain::CareStore *store)
{
    if (!store) {
        clear();
        return;
    }
    setComments(*store, store->newestComments(Limit), true);
}

void CommentModel::setThread(const domain::CareStore &store, const QList<const domain::Comment *> &comments)
{
    setComments(store, comments, false);
}

void CommentModel::clear()
{
    m_rows.set({});
}

void CommentModel::setComments(
    const domain::CareStore &store, const QList<const domain::Comment *> &comments, bool withTarget)
{
    QList<Row> rows;
    rows.reserve(comments.size());
    const commentsseen::Seen seen(store);
    for (const domain::Comment *each : comments) {
        const domain::Comment &comment = *each;
        const domain::careteamrules::Author author = domain::careteamrules::authorOf(store, comment);
        QString target;
        if (withTarget) {
            if (const domain::Goal *goal = store.goal(comment.targetId)) {
                target = goal->whatMattersToMe.text.isEmpty() ? goal->target.text : goal->whatMattersToMe.text;
            } else if (const domain::CheckIn *checkIn = store.checkIn(comment.targetId)) {
                target = tr("Check-in of %1")
                             .arg(QLocale().toString(checkIn->time.toLocalTime().date(), QLocale::ShortFormat));
            } else if (comment.targetKind == u"activity") {
                for (const domain::Activity &activity : store.activities()) {
                    if (activity.id == comment.targetId)
                        target = activity.title.text;
                }
            }
        }
        // The patient's own care-team records name the people she entered herself; anyone
        // else is named as the comment names them.
        QString name = author.name;
        if (name.isEmpty())
            name = tr("Unknown person");
        const QString &role = author.role;
        rows.append({QString::fromLatin1(comment.id.toHex()), name, role, comment.text.text, comment.time.toLocalTime(),
            target, seen.isNew(comment)});
    }
    m_rows.set(std::move(rows));
}

namespace commentsseen {

namespace {
QString keyFor(const domain::CareStore &store, const QByteArray &targetId)
{
    return QStringLiteral("commentsSeen/%1/%2")
        .arg(QString::fromLatin1(store.vault().vaultId().toHex()), QString::fromLatin1(targetId.toHex()));
}
} // namespace

void markSeen(const domain::CareStore &store, const QByteArray &targetId)
{
    QSettings().setValue(keyFor(store, targetId), QDateTime::currentMSecsSinceEpoch());
}

bool isFromOthers(const domain::CareStore &store, const domain::Comment &comment)
{
    if (!comment.authorAccount.isEmpty()) {
        const QByteArray me = store.vault().accountId().isEmpty() ? store.vault().vaultId() : store.vault().accountId();
        return comment.authorAccount != me;
    }
    const domain::CareTeamMember *author = store.member(comment.authorId);
    return !author || author->role != u"patient";
}

Seen::Seen(const domain::CareStore &store) : m_store(store)
{ }

bool Seen::isNew(const domain::Comment &comment) const
{
    if (!isFromOthers(m_store, comment))
        return false;
    const qint64 seenMs = m_settings.value(keyFor(m_store, comment.targetId), qint64(0)).toLongLong();
    return comment.time > QDateTime::fromMSecsSinceEpoch(seenMs, Qt::UTC);
}

} // namespace commentsseen

CommentThread::CommentThread(QObject *parent) : QObject(parent), m_model(new CommentModel(this))
{ }

CommentThread::CommentThread(Session *session, QObject *parent) : CommentThread(parent)
{
    setSession(session);
}

void CommentThread::componentComplete()
{
    QQmlEngine *engine = qmlEngine(this);
    if (m_session || !engine)
        return;
    setSession(engine->singletonInstance<Session *>(qmlTypeId("CareCircle", 1, 0, "Session")));
    reload();
}

void CommentThread::setSession(Session *session)
{
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &Session::dataChanged, this, [this](const domain::ChangeSet &changes) {
        using namespace domain;
        if (changes.touches({Comment::Kind, CareTeamMember::Kind, Goal::Kind, Activity::Kind}))
            reload();
    });
    connect(m_session, &Session::languageChanged, this, &CommentThread::reload);
    connect(m_session, &Session::storeChanged, this, &CommentThread::reload);
}

void CommentThread::setTargetId(const QString &id)
{
    if (id == m_targetId)
        return;
    m_targetId = id;
    Q_EMIT targetChanged();
    reload();
}

void CommentThread::setTargetKind(const QString &kind)
{
    if (kind == m_targetKind)
        return;
    m_targetKind = kind;
    Q_EMIT targetChanged();
}

void CommentThread::reload()
{
    const domain::CareStore *store = m_session ? m_session->store() : nullptr;
    const QByteArray target = QByteArray::fromHex(m_targetId.toLatin1());
    QList<const domain::Comment *> comments;
    int fresh = 0;
    if (store && !target.isEmpty()) {
        comments = store->commentsOn(target); // oldest first
        const commentsseen::Seen seen(*store);
        for (const domain::Comment *comment : std::as_const(comments)) {
            if (seen.isNew(*comment))
                ++fresh;
        }
        m_model->setThread(*store, comments);
    } else {
        m_model->clear();
    }
    if (m_count != comments.size() || m_newCount != fresh) {
        m_count = int(comments.size());
        m_newCount = fresh;
        Q_EMIT countsChanged();
    }
}

QString CommentThread::add(const QString &text)
{
    domain::CareStore *store = m_session ? m_session->store() : nullptr;
    const QByteArray target = QByteArray::fromHex(m_targetId.toLatin1());
    if (!store || !domain::isValidRecordId(target))
        return tr("This item no longer exists.");
    domain::Comment comment;
    comment.targetId = target;
    comment.targetKind = m_targetKind;
    comment.text = {text.trimmed(), QLocale().bcp47Name()};
    comment.time = QDateTime::currentDateTimeUtc();
    // The patient comments as herself: her own care-team entry if she has one, and always
    // her account with the name in her profile, since her team has no copy of her card.
    comment.authorId = domain::careteamrules::patientMemberId(*store);
    const vault::Vault &vault = store->vault();
    comment.authorAccount = vault.accountId().isEmpty() ? vault.vaultId() : vault.accountId();
    comment.authorName = store->profile() && !store->profile()->preferredName.trimmed().isEmpty()
        ? store->profile()->preferredName.trimmed()
        : tr("Patient");
    comment.authorRole = QStringLiteral("patient");
    if (text.trimmed().isEmpty())
        return tr("Write something first.");
    if (Status s = store->save(comment); !s)
        return s.error().message;
    m_session->notifyChanged();
    return {};
}

void CommentThread::markSeen()
{
    const domain::CareStore *store = m_session ? m_session->store() : nullptr;
    const QByteArray target = QByteArray::fromHex(m_targetId.toLatin1());
    if (!store || target.isEmpty())
        return;
    commentsseen::markSeen(*store, target);
    reload();
}

} // namespace cc::app
