// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <initializer_list>

namespace cc::domain {

/**
 * What a CareStore write (or a refresh after a pull) changed: one entry per record, with its
 * kind code (Goal::Kind …), the space it now lives in and whether it is gone (deleted, or
 * moved out of the store's spaces). Views re-read only the kinds they show and update only
 * the rows of these ids. everything() stands for "start afresh" (unlock, lock, language).
 *
 * A change also says whether the record is new to the store (added): the store held no
 * record of that id when the set began (a part of the history read after unlock, a record a
 * pull brought, a record saved here for the first time) and nothing changed it since. No
 * view can list it, except one that read the store after it came, and then exactly where the
 * store has it: so a list puts it in place without looking for a row it might have had
 * (RecordListModel::followChanges), and only checks the place it goes to.
 */
class ChangeSet
{
public:
    struct Change {
        QByteArray id;
        QString kind;
        QByteArray space;
        bool removed = false;
        bool added = false; ///< new to the store, and not changed again in this set
    };

    /** "Everything may have changed": every view re-reads. */
    static ChangeSet everything();

    bool isEverything() const { return m_everything; }
    bool isEmpty() const { return !m_everything && m_changes.isEmpty(); }
    const QList<Change> &changes() const { return m_changes; }
    /** True if any change (or everything) is of one of @p kinds. */
    bool touches(std::initializer_list<QLatin1StringView> kinds) const;
    /** The ids of changed records of @p kind, in order of change. */
    QList<QByteArray> ids(QLatin1StringView kind) const;
    /** Of ids(@p kind): those new to the store and not changed again since: no view needs to
     *  look for a row of them. */
    QList<QByteArray> newIds(QLatin1StringView kind) const;
    /** Of ids(@p kind): all but newIds(). */
    QList<QByteArray> knownIds(QLatin1StringView kind) const;
    bool contains(const QByteArray &id) const;

    /** Notes one change; a later change of the same id replaces the earlier one. It stays new
     *  (@p added) only if every change of it in the set says so: after an edit, a move or a
     *  removal, a view that read the store in between may list it, so it is known. */
    void add(const QByteArray &id, const QString &kind, const QByteArray &space, bool removed, bool added = false);
    void merge(const ChangeSet &other);

private:
    QList<Change> m_changes;
    QHash<QByteArray, qsizetype> m_index; ///< id → position in m_changes
    QList<QString> m_kinds; ///< each kind of m_changes once (and any a later change replaced)
    bool m_everything = false;
};

} // namespace cc::domain

Q_DECLARE_METATYPE(cc::domain::ChangeSet)
