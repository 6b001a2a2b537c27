// SPDX-License-Identifier: GPL-3.0-or-later
#include "logger.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace cc::server {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *level = "info";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = "error";
        break;
    }
    QJsonObject fields {{QStringLiteral("message"), message}};
    if (context.category && qstrcmp(context.category, "default") != 0)
        fields.insert(QStringLiteral("category"), QString::fromLatin1(context.category));
    Logger::write(level, QStringLiteral("qt"), fields);
}

} // namespace

void Logger::install()
{
    qInstallMessageHandler(qtMessageHandler);
}

void Logger::write(const char *level, const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QLatin1StringView(level));
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void Logger::info(const QString &event, QJsonObject fields)
{
    write("info", event, std::move(fields));
}

void Logger::warning(const QString &event, QJsonObject fields)
{
    write("warning", event, std::move(fields));
}

void Logger::error(const QString &event, QJsonObject fields)
{
    write("error", event, std::move(fields));
}

} // namespace cc::server
