// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkin.h"
#include "codes.h"
#include "comment.h"
#include "progressentry.h"

#include <QByteArray>
#include <QSet>

namespace cc::domain {

namespace detail {

/**
 * Shares equal values among the records one load adopts: thousands of check-ins, progress
 * entries and comments name the same few members, goals and targets, and a decoded copy of
 * each id (and every record's space id) is a heap block of its own; so are the units of
 * measured values and the language tags of notes. Only values of small vocabularies are
 * pooled (ids, units, tags), never free text. What is shared is immutable: implicitly
 * shared Qt values, copied on write.
 */
class ValuePool
{
public:
    void share(QByteArray &id) { shareFrom(m_ids, id); }
    template<typename Record>
    void shareIn(Record &)
    { }
    void shareIn(CheckIn &checkIn)
    {
        share(checkIn.completedById);
        share(checkIn.actor);
    }
    void shareIn(ProgressEntry &entry)
    {
        share(entry.goalId);
        share(entry.authorId);
        share(entry.actor);
        share(entry.unit);
        share(entry.note.lang);
    }
    void shareIn(Comment &comment)
    {
        share(comment.targetId);
        share(comment.authorId);
        share(comment.authorAccount);
        comment.targetKind = codes::shared(comment.targetKind, codes::recordKinds());
        comment.authorRole = codes::shared(comment.authorRole, codes::roles());
    }

private:
    /** @p value as the copy in @p pool, which takes it if it holds none equal yet. */
    template<typename Value>
    static void shareFrom(QSet<Value> &pool, Value &value)
    {
        if (value.isEmpty())
            return;
        const auto known = pool.constFind(value);
        if (known == pool.cend())
            pool.insert(value);
        else
            value = *known;
    }
    void share(QString &text) { shareFrom(m_texts, text); }
    void share(Rare<Actor> &rare)
    {
        if (rare->isEmpty())
            return;
        Actor actor = *rare;
        share(actor.account);
        actor.role = codes::shared(actor.role, codes::roles());
        rare = std::move(actor);
    }

    QSet<QByteArray> m_ids;
    QSet<QString> m_texts;
};

} // namespace detail

} // namespace cc::domain
