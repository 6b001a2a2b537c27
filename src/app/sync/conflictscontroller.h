// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"
#include "common/result.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace cc::domain {
class CareStore;
struct ConflictCopy;
} // namespace cc::domain

namespace cc::app {

class Session;

/** Texts that lost a merge, newest first: what was overwritten, where, and what is there now. */
class ConflictListModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ConflictsController")
public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        PlaceRole, ///< "Goal “Walk to the market”"
        FieldRole, ///< "What matters to me"
        LostTextRole, ///< the overwritten text
        CurrentTextRole, ///< what the field holds now (may be empty)
        WhenRole, ///< "Written on …, replaced by an edit of …"
        CanRestoreRole, ///< the field still exists and holds text
    };
    Q_ENUM(Role)

    /** A text that lost a merge. */
    struct Row {
        QString recordId; ///< the conflict copy's, hex
        QString place;
        QString field;
        QString lostText;
        QString currentText;
        QString when;
        bool canRestore = false;
        auto fields() const { return std::tie(recordId, place, field, lostText, currentText, when, canRestore); }
    };

    explicit ConflictListModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store);

private:
    Rows<Row> m_rows {this};
};

/**
 * "Edits to review" (DESIGN.md §6): when two devices changed the same text while apart,
 * sync keeps the newer edit and keeps the other as a conflict copy. Here the person reads
 * each one and either puts the overwritten text back or lets it go. Both are undoable in
 * the usual way (putting back is itself an edit; a dismissed copy can be restored).
 */
class ConflictsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(cc::app::ConflictListModel *conflicts READ conflicts CONSTANT)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
public:
    explicit ConflictsController(Session *session, QObject *parent = nullptr);
    ConflictListModel *conflicts() const { return m_model; }
    QString undoText() const { return m_undoText; }

    /** Writes the overwritten text back into its record, then removes the copy. Returns an
     *  empty string on success, else a translated sentence. */
    Q_INVOKABLE QString restore(const QString &recordId);
    /** Lets the overwritten text go (undoable). */
    Q_INVOKABLE QString dismiss(const QString &recordId);
    Q_INVOKABLE QString undo();
    Q_INVOKABLE void dismissUndo();

Q_SIGNALS:
    void undoChanged();

private:
    Session *m_session;
    domain::CareStore *store() const;
    void reload();
    QString finishWrite(const Status &status);

    ConflictListModel *m_model;
    QString m_undoText;
    std::shared_ptr<domain::ConflictCopy> m_undoCopy;
};

} // namespace cc::app
