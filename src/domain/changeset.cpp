// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

#include <algorithm>

namespace cc::domain {

ChangeSet ChangeSet::everything()
{
    ChangeSet all;
    all.m_everything = true;
    return all;
}

bool ChangeSet::touches(std::initializer_list<QLatin1StringView> kinds) const
{
    if (m_everything)
        return true;
    // A view asks for each set; a history part holds a thousand changes of a few kinds.
    return std::any_of(m_kinds.cbegin(), m_kinds.cend(), [&](const QString &kind) {
        return std::any_of(kinds.begin(), kinds.end(), [&](QLatin1StringView k) { return kind == k; });
    });
}

QList<QByteArray> ChangeSet::ids(QLatin1StringView kind) const
{
    QList<QByteArray> list;
    for (const Change &c : m_changes) {
        if (c.kind == kind)
            list.append(c.id);
    }
    return list;
}

QList<QByteArray> ChangeSet::newIds(QLatin1StringView kind) const
{
    QList<QByteArray> list;
    for (const Change &c : m_changes) {
        if (c.kind == kind && c.added && !c.removed)
            list.append(c.id);
    }
    return list;
}

QList<QByteArray> ChangeSet::knownIds(QLatin1StringView kind) const
{
    QList<QByteArray> list;
    for (const Change &c : m_changes) {
        if (c.kind == kind && (!c.added || c.removed))
            list.append(c.id);
    }
    return list;
}

bool ChangeSet::contains(const QByteArray &id) const
{
    return m_index.contains(id);
}

void ChangeSet::add(const QByteArray &id, const QString &kind, const QByteArray &space, bool removed, bool added)
{
    if (!m_kinds.contains(kind))
        m_kinds.append(kind);
    if (const auto it = m_index.constFind(id); it != m_index.cend()) {
        Change &earlier = m_changes[*it];
        // New only while its coming is its one change: a view that read the store in between
        // lists it where it was, and must look for that row.
        earlier = {id, kind, space, removed, earlier.added && added};
        return;
    }
    m_index.insert(id, m_changes.size());
    m_changes.append({id, kind, space, removed, added});
}

void ChangeSet::merge(const ChangeSet &other)
{
    m_everything = m_everything || other.m_everything;
    for (const Change &c : other.m_changes)
        add(c.id, c.kind, c.space, c.removed, c.added);
}

} // namespace cc::domain
