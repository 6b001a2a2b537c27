// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace cc::app {

/**
 * Keeps @p owner connected to whichever engine is current. The sync and sharing engines are
 * made on connect or restore and dropped on lock, so a controller that listens to one calls
 * this whenever the engine may have changed: when @p current differs from @p attached, the
 * old engine's connections to @p owner are dropped and @p connectTo(current) makes the new
 * ones (not called for nullptr). Returns whether the engine changed.
 */
template<typename Engine, typename ConnectFn>
bool followEngine(QObject *owner, QPointer<Engine> &attached, Engine *current, ConnectFn &&connectTo)
{
    if (current == attached)
        return false;
    if (attached)
        QObject::disconnect(attached, nullptr, owner, nullptr);
    attached = current;
    if (current)
        connectTo(current);
    return true;
}

} // namespace cc::app
