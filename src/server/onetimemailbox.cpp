// SPDX-License-Identifier: GPL-3.0-or-later
#include "onetimemailbox.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cc::server {

namespace {

/** "a, b, c", or "a = ?, b = ?" with @p suffix " = ?"; each prefixed with @p prefix. */
QString columnList(
    const QList<QLatin1StringView> &columns, const QString &prefix = QString(), const QString &suffix = QString())
{
    QStringList parts;
    for (QLatin1StringView c : columns)
        parts.append(prefix + QString(c) + suffix);
    return parts.join(QStringLiteral(", "));
}

QString placeholders(qsizetype count)
{
    QStringList parts;
    for (qsizetype i = 0; i < count; ++i)
        parts.append(QStringLiteral("?"));
    return parts.join(QStringLiteral(", "));
}

/** The log wording for a failed statement: "invite insert", "link accept"… */
QByteArray what(QLatin1StringView noun, const char *action)
{
    return QByteArray(noun.data(), noun.size()) + ' ' + action;
}

QVariantList readColumns(const QSqlQuery &q, int *column, qsizetype count)
{
    QVariantList out;
    for (qsizetype i = 0; i < count; ++i)
        out.append(q.value((*column)++));
    return out;
}

void bindAll(QSqlQuery &q, const QVariantList &values, int first)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(first + int(i), values.at(i));
}

} // namespace

Result<Put> OneTimeMailbox::create(const QByteArray &id, qint64 expires, const QVariantList &offer)
{
    const Table &t = m_table;
    QList<QLatin1StringView> columns {t.id, QLatin1StringView("expires")};
    columns.append(t.offer);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO ") + t.table + QStringLiteral(" (") + columnList(columns)
        + QStringLiteral(") VALUES (") + placeholders(columns.size()) + QStringLiteral(") ON CONFLICT (") + t.id
        + QStringLiteral(") DO NOTHING"));
    q.bindValue(0, id);
    q.bindValue(1, expires);
    bindAll(q, offer, 2);
    if (!q.exec())
        return Database::failed(q.lastError(), what(t.id, "insert").constData());
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

QString OneTimeMailbox::readSql() const
{
    const Table &t = m_table;
    QList<QLatin1StringView> columns {t.id, QLatin1StringView("expires")};
    columns.append(t.offer);
    columns.append(t.accept);
    columns.append(t.deposit);
    QString sql = QStringLiteral("SELECT ") + columnList(columns, QStringLiteral("m."));
    if (!t.joinedColumn.isEmpty())
        sql += QStringLiteral(", ") + t.joinedColumn;
    sql += QStringLiteral(" FROM ") + t.table + QStringLiteral(" m");
    if (!t.join.isEmpty())
        sql += QStringLiteral(" ") + t.join;
    return sql + QStringLiteral(" WHERE m.") + t.id + QStringLiteral(" = ?");
}

Result<std::optional<OneTimeMailbox::Slot>> OneTimeMailbox::read(const QByteArray &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(readSql());
    q.bindValue(0, id);
    if (!q.exec())
        return Database::failed(q.lastError(), what(m_table.id, "lookup").constData());
    if (!q.next())
        return std::optional<Slot>();
    Slot slot;
    slot.id = q.value(0).toByteArray();
    slot.expires = q.value(1).toLongLong();
    int column = 2;
    slot.offer = readColumns(q, &column, m_table.offer.size());
    slot.accept = readColumns(q, &column, m_table.accept.size());
    slot.deposit = readColumns(q, &column, m_table.deposit.size());
    if (!m_table.joinedColumn.isEmpty())
        slot.joined = q.value(column);
    return std::optional<Slot>(slot);
}

Result<OneTimeMailbox::State> OneTimeMailbox::open(const QByteArray &id, qint64 now, Slot *slot)
{
    auto found = read(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return State::Missing;
    if ((*found)->expires <= now) {
        // Gone for good either way; a failed delete is left to the periodic purge.
        (void)remove(id);
        return State::Expired;
    }
    *slot = **found;
    return State::Open;
}

Result<Put> OneTimeMailbox::accept(const QByteArray &id, const QVariantList &values)
{
    const Table &t = m_table;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE ") + t.table + QStringLiteral(" SET ")
        + columnList(t.accept, QString(), QStringLiteral(" = ?")) + QStringLiteral(" WHERE ") + t.id
        + QStringLiteral(" = ? AND ") + t.accept.first() + QStringLiteral(" IS NULL"));
    bindAll(q, values, 0);
    q.bindValue(int(values.size()), id);
    if (!q.exec())
        return Database::failed(q.lastError(), what(t.id, "accept").constData());
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

Status OneTimeMailbox::deposit(const QByteArray &id, const QVariantList &values)
{
    const Table &t = m_table;
    QVariantList bound = values;
    bound.append(id);
    return m_db.exec(QStringLiteral("UPDATE ") + t.table + QStringLiteral(" SET ")
            + columnList(t.deposit, QString(), QStringLiteral(" = ?")) + QStringLiteral(" WHERE ") + t.id
            + QStringLiteral(" = ?"),
        bound);
}

Status OneTimeMailbox::remove(const QByteArray &id)
{
    return m_db.exec(QStringLiteral("DELETE FROM ") + m_table.table + QStringLiteral(" WHERE ") + m_table.id
            + QStringLiteral(" = ?"),
        {id});
}

Status OneTimeMailbox::purge(qint64 now)
{
    return m_db.exec(QStringLiteral("DELETE FROM ") + m_table.table + QStringLiteral(" WHERE expires <= ?"), {now});
}

} // namespace cc::server
