// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storagetypes.h"

#include <QLatin1StringView>
#include <QList>
#include <QVariantList>

#include <optional>

namespace cc::server {

class Database;

/**
 * An expiring, single-use mailbox in one table: one side creates it under a random id with
 * its offer, the other side accepts it exactly once, the creator may then deposit a
 * payload, and whoever is done deletes it. Invitations and device links are both this
 * (mailboxes.h describes their tables); the tables and their columns are fixed by the
 * schema, so the mailbox is told them rather than owning a table of its own.
 */
class OneTimeMailbox
{
public:
    /** Column names of a mailbox table; built into SQL only from these constants. */
    struct Table {
        QLatin1StringView table, id;
        QList<QLatin1StringView> offer; ///< written with the id and expiry at creation
        QList<QLatin1StringView> accept; ///< written once; the first one is NULL while open
        QList<QLatin1StringView> deposit; ///< written by the creator after the acceptance
        /** Optional read-only columns of a joined table ("s.owner", "JOIN spaces s ON …"). */
        QLatin1StringView joinedColumn, join;
    };
    /** One mailbox as read, columns in Table's order. */
    struct Slot {
        QByteArray id;
        qint64 expires = 0;
        QVariantList offer, accept, deposit;
        QVariant joined;
        bool accepted() const { return !accept.isEmpty() && !accept.first().toByteArray().isEmpty(); }
    };
    enum class State { Missing, Expired, Open };

    OneTimeMailbox(Database &db, Table table) : m_db(db), m_table(std::move(table)) { }

    /** Conflict when the id is taken. */
    Result<Put> create(const QByteArray &id, qint64 expires, const QVariantList &offer);
    /** The mailbox, expired or not. */
    Result<std::optional<Slot>> read(const QByteArray &id);
    /** The mailbox if it is still open at @p now; an expired one is deleted on the way. */
    Result<State> open(const QByteArray &id, qint64 now, Slot *slot);
    /** Created the first time only; Conflict if already accepted (or gone). */
    Result<Put> accept(const QByteArray &id, const QVariantList &values);
    Status deposit(const QByteArray &id, const QVariantList &values);
    Status remove(const QByteArray &id);
    /** Deletes every mailbox expired at @p now. */
    Status purge(qint64 now);

private:
    QString readSql() const;

    Database &m_db;
    Table m_table;
};

} // namespace cc::server
