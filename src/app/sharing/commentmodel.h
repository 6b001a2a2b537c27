// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDateTime>
#include <QQmlEngine>
#include <QSettings>

#include "domain/comment.h"

namespace cc::domain {
class CareStore;
}

namespace cc::app {

class Session;

/** The most recent comments from the care circle, newest first. */
class CommentModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CareData")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        AuthorNameRole,
        AuthorRoleRole,
        TextRole,
        TimeRole,
        TargetTitleRole,
        IsNewRole, ///< from someone else, after the person last read this thread
    };
    Q_ENUM(Role)

    static constexpr int Limit = 5;

    /** A comment as CommentModel lists it. */
    struct Row {
        QString recordId; ///< hex
        QString authorName;
        QString authorRole;
        QString text;
        QDateTime time; ///< local time
        QString targetTitle; ///< what it is about, or empty where the page already says it
        bool isNew = false;

        /** The values of CommentModel's roles, in Role order. */
        auto fields() const { return std::tie(recordId, authorName, authorRole, text, time, targetTitle, isNew); }
    };

    explicit CommentModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store);
    /** The comments of one thread, in the order given, without naming their target. */
    void setThread(const domain::CareStore &store, const QList<const domain::Comment *> &comments);
    void clear();

protected:
    /** Fills the rows from @p comments, in the order given; @p withTarget names what each
     *  comment is about (off where the page already says it). */
    void setComments(const domain::CareStore &store, const QList<const domain::Comment *> &comments, bool withTarget);

private:
    Rows<Row> m_rows {this};
};

/**
 * When the person last read the comments on each record, so that comments from others
 * written after it show as new. Kept in QSettings by record id (random ids and times only,
 * nothing of the content), per vault.
 */
namespace commentsseen {
void markSeen(const domain::CareStore &store, const QByteArray &targetId);
/** Written by someone else than this person (a space member or another care-team member). */
bool isFromOthers(const domain::CareStore &store, const domain::Comment &comment);
/** Which comments are new, for a list of them at a time: it opens the settings once (Home
 *  lists comments after every change, and opening them is most of what that costs). */
class Seen
{
public:
    explicit Seen(const domain::CareStore &store);
    /** From others, and written after the person last read the comments on its record. */
    bool isNew(const domain::Comment &comment) const;

private:
    const domain::CareStore &m_store;
    QSettings m_settings;
};
} // namespace commentsseen

/**
 * The comments on one record (a goal, an activity, a check-in), oldest first, with a way to
 * add one: `CommentThread { targetId: …; targetKind: "goal" }`. Follows every change of the
 * care data; markSeen() when the person has read them. Made in QML, it reads the Session of
 * its engine (the `Session` singleton) once the component is complete; made in C++, it is
 * given one.
 */
class CommentThread : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString targetId READ targetId WRITE setTargetId NOTIFY targetChanged)
    Q_PROPERTY(QString targetKind READ targetKind WRITE setTargetKind NOTIFY targetChanged)
    Q_PROPERTY(cc::app::CommentModel *comments READ comments CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY countsChanged)
public:
    /** For QML: the session is looked up in componentComplete(). */
    explicit CommentThread(QObject *parent = nullptr);
    explicit CommentThread(Session *session, QObject *parent = nullptr);
    QString targetId() const { return m_targetId; }
    void setTargetId(const QString &id);
    QString targetKind() const { return m_targetKind; }
    void setTargetKind(const QString &kind);
    CommentModel *comments() const { return m_model; }
    int count() const { return m_count; }
    int newCount() const { return m_newCount; }

    /** Adds the person's comment; empty string on success, else a translated sentence. */
    Q_INVOKABLE QString add(const QString &text);
    Q_INVOKABLE void markSeen();

    void classBegin() override { }
    void componentComplete() override;

Q_SIGNALS:
    void targetChanged();
    void countsChanged();

private:
    void setSession(Session *session);
    void reload();

    Session *m_session = nullptr;

    QString m_targetId;
    QString m_targetKind;
    CommentModel *m_model;
    int m_count = 0;
    int m_newCount = 0;
};

} // namespace cc::app
