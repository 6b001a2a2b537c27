// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cc::server {

/**
 * Structured logs: one JSON object per line on stderr ({"ts", "level", "event", …}).
 * Callers pass ids, routes, statuses and durations only — never bodies, tokens, keys or
 * labels. install() routes Qt's own messages (qWarning, …) through the same format.
 */
class Logger
{
public:
    static void install();
    static void info(const QString &event, QJsonObject fields = {});
    static void warning(const QString &event, QJsonObject fields = {});
    static void error(const QString &event, QJsonObject fields = {});
    static void write(const char *level, const QString &event, QJsonObject fields);
};

} // namespace cc::server
