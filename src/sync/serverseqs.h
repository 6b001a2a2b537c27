// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace cc::sync {

struct ServerSpace;

/**
 * The newest server sequence the engine knows of each space it may pull: from the last
 * listing of spaces (GET /v1/spaces), from hints ("changed", with the space's new sequence)
 * and from the answers to its own pushes. A round pulls only the spaces whose known sequence
 * is past the pull cursor, without listing the spaces again; and a push whose revisions took
 * exactly the sequences after the cursor leaves nothing to pull (the device holds them).
 */
class ServerSeqs
{
public:
    /** Replaces what is known by a listing: spaces not listed, or listed as removed, go. */
    void noteListing(const QList<ServerSpace> &spaces);
    /** @p seq of @p space, from a hint or an answer; only a newer sequence changes anything. */
    void note(const QByteArray &space, qint64 seq);
    /**
     * After a push to @p space answered with the sequences @p seqs, while this device's pull
     * cursor there was @p cursor: the new cursor when those sequences are exactly cursor + 1 …
     * cursor + n (no one else's revision came between), else nullopt (and the newest one is
     * noted, so the round pulls the space).
     */
    std::optional<qint64> cursorAfterPush(const QByteArray &space, qint64 cursor, QList<qint64> seqs);
    /** The newest sequence known of @p space (0 if none). */
    qint64 known(const QByteArray &space) const { return m_known.value(space, 0); }
    /** Every space known, in no particular order. */
    QList<QByteArray> spaces() const { return m_known.keys(); }
    /** Whether the spaces were listed at all since the last clear(). */
    bool listed() const { return m_listed; }
    void clear();

private:
    QHash<QByteArray, qint64> m_known;
    bool m_listed = false;
};

} // namespace cc::sync
