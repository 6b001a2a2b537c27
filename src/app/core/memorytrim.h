// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QQmlEngine;

namespace cc::app {

/**
 * Gives memory the app no longer uses back to the system. A page the shell closes, and the
 * decoded records a lock drops, are freed into the C library's heap, which keeps most of the
 * pages it got (a phone counts them against the app until it is killed in the background).
 * IdleMs after the last page change or lock (paging through the app trims once, after the
 * last page), and at once when the app is hidden, this collects the JavaScript heap, drops
 * what the QML engine keeps for types no live object uses (QQmlEngine::trimComponentCache)
 * and returns the heap's free pages (glibc's malloc_trim; nothing elsewhere). It frees
 * nothing in use: no page reloads, and a page opened again is no slower to open.
 */
class MemoryTrim : public QObject
{
    Q_OBJECT

public:
    /** How long the app must be idle after a page closed before the heap is trimmed: longer
     *  than a page's closing animation and the event loop's deferred deletions. */
    static constexpr int IdleMs = 1500;

    explicit MemoryTrim(QObject *parent = nullptr);

    /** The engine whose JavaScript heap is collected and whose cache of types no live object
     *  uses is trimmed first (none: only the C heap). */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /** A page was closed (the shell calls it): trims IdleMs after the last such call. */
    Q_INVOKABLE void pageClosed();
    /** Whether a trim is waiting for IdleMs to pass. */
    bool pending() const { return m_idle.isActive(); }
    /** Collects and trims now (the app was hidden). A trim waiting still runs: pages closed
     *  just before are deleted by the event loop, after this. */
    void releaseNow();

Q_SIGNALS:
    /** A trim ran (the self-test measures memory after it). */
    void released();

private:
    QPointer<QQmlEngine> m_engine;
    QTimer m_idle;
};

} // namespace cc::app
