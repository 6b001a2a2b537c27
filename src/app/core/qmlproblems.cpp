// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/qmlproblems.h"

#include <QByteArrayView>

#include <cstdio>

namespace cc::app::qmlproblems {

namespace {

int problemCount = 0;
QtMessageHandler previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const bool fromQml = (context.file && QByteArrayView(context.file).startsWith("qrc:"))
            || message.contains(QLatin1String("qrc:/")) || QByteArrayView(context.category) == "qml"
            || QByteArrayView(context.category) == "js";
        if (fromQml)
            ++problemCount;
    }
    previousHandler(type, context, message);
}

} // namespace

void startCounting()
{
    previousHandler = qInstallMessageHandler(countingHandler);
}

int count()
{
    return problemCount;
}

void note()
{
    ++problemCount;
}

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
}

} // namespace cc::app::qmlproblems
