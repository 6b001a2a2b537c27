// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/sharingstatus.h"

namespace cc::app {

void SharingStatus::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SharingStatus::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace cc::app
