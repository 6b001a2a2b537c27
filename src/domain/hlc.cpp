// SPDX-License-Identifier: GPL-3.0-or-later
#include "hlc.h"

#include "domainerror.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace cc::domain {

bool Hlc::isValid() const
{
    return ms >= 0 && ms <= MaxMs && device.size() == DeviceIdSize;
}

QByteArray Hlc::toBytes() const
{
    QByteArray bytes(EncodedSize, '\0');
    const quint64 clampedMs = static_cast<quint64>(std::clamp<qint64>(ms, 0, MaxMs));
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((clampedMs >> (8 * (5 - i))) & 0xff);
    bytes[6] = static_cast<char>(counter >> 8);
    bytes[7] = static_cast<char>(counter & 0xff);
    const qsizetype deviceBytes = std::min(device.size(), DeviceIdSize);
    std::copy_n(device.constData(), deviceBytes, bytes.data() + 8);
    return bytes;
}

Result<Hlc> Hlc::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != EncodedSize)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A change stamp is malformed."));
    Hlc stamp;
    for (int i = 0; i < 6; ++i)
        stamp.ms = (stamp.ms << 8) | static_cast<quint8>(bytes[i]);
    stamp.counter = static_cast<quint16>((static_cast<quint8>(bytes[6]) << 8) | static_cast<quint8>(bytes[7]));
    stamp.device = bytes.sliced(8).toByteArray();
    return stamp;
}

Result<Hlc> Hlc::fromCbor(const QCborValue &value)
{
    if (!value.isByteArray())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A change stamp is malformed."));
    return fromBytes(value.toByteArray());
}

std::strong_ordering operator<=>(const Hlc &a, const Hlc &b)
{
    if (auto order = a.ms <=> b.ms; order != 0)
        return order;
    if (auto order = a.counter <=> b.counter; order != 0)
        return order;
    const int bytes = QByteArrayView(a.device).compare(QByteArrayView(b.device));
    return bytes < 0 ? std::strong_ordering::less
        : bytes > 0  ? std::strong_ordering::greater
                     : std::strong_ordering::equal;
}

HlcClock::HlcClock(QByteArray deviceId, WallClock wallClock)
    : m_device(std::move(deviceId)), m_wall(std::move(wallClock))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 HlcClock::wallMs() const
{
    return std::clamp<qint64>(m_wall(), 0, Hlc::MaxMs);
}

Hlc HlcClock::now()
{
    const qint64 wall = wallMs();
    if (!m_started || wall > m_ms) {
        m_ms = wall;
        m_counter = 0;
    } else if (m_counter < std::numeric_limits<quint16>::max()) {
        ++m_counter;
    } else {
        // 65536 stamps within one millisecond: borrow the next millisecond rather than wrap.
        ++m_ms;
        m_counter = 0;
    }
    m_started = true;
    return Hlc {m_ms, m_counter, m_device};
}

Status HlcClock::observe(const Hlc &remote)
{
    if (!remote.isValid())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A change stamp is malformed."));
    if (remote.ms > wallMs() + MaxDriftMs)
        return detail::invalidInput(QT_TRANSLATE_NOOP(
            "Domain", "A change is dated more than a minute in the future; check the device's clock."));
    if (!m_started || remote.ms > m_ms || (remote.ms == m_ms && remote.counter > m_counter)) {
        m_ms = remote.ms;
        m_counter = remote.counter;
        m_started = true;
    }
    return {};
}

Hlc HlcClock::last() const
{
    if (!m_started)
        return {};
    return Hlc {m_ms, m_counter, m_device};
}

} // namespace cc::domain
