// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/syncactivity.h"

namespace cc::app {

void SyncActivity::setBusy(bool busy, const QString &text)
{
    // Emits even when nothing changed, as SyncController did: pages re-read the text.
    m_busy = busy;
    m_busyText = text;
    Q_EMIT busyChanged();
}

} // namespace cc::app
