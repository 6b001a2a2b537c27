// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/agendaexport.h"

#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/codelabels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

#include <algorithm>

namespace cc::interop {

namespace {

// The context lupdate gives these calls (it names the class the file is about), so that the
// catalogues' translations are found: "AgendaExport" alone matched none of them.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("cc::interop::AgendaExport", text, comment, n);
}

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString goalWords(const domain::Goal &goal)
{
    return goal.whatMattersToMe.isEmpty() ? goal.target.text : goal.whatMattersToMe.text;
}

/** What a comment is about, in a few words. */
QString targetOf(const domain::CareStore &store, const domain::Comment &comment)
{
    if (const domain::Goal *goal = store.goal(comment.targetId))
        return tr("about the goal “%1”", "@info agenda").arg(goalWords(*goal));
    if (const domain::CheckIn *checkIn = store.checkIn(comment.targetId))
        return tr("about the check-in of %1", "@info agenda").arg(day(checkIn->time));
    const QList<domain::Activity> activities = store.activities();
    for (const domain::Activity &activity : activities) {
        if (activity.id == comment.targetId)
            return tr("about “%1”", "@info agenda: a plan activity").arg(activity.title.text);
    }
    return {};
}

QString authorOf(const domain::CareStore &store, const domain::Comment &comment)
{
    const domain::careteamrules::Author author = domain::careteamrules::authorOf(store, comment);
    QString name = author.name;
    const QString &role = author.role;
    if (name.isEmpty())
        name = tr("Someone in the care circle", "@info agenda: unknown comment author");
    return role.isEmpty() ? name : tr("%1 (%2)", "@info agenda: name (role)").arg(name, domain::codelabels::role(role));
}

/** "Els Peeters for Maria": who acted in the patient's circle. */
QString actedFor(const domain::Actor &actor, const QString &patientName)
{
    return tr("%1 for %2", "@info agenda: who acted (1) for the patient (2)").arg(actor.name, patientName);
}

} // namespace

AgendaExport::AgendaExport(const domain::CareStore &store, const QString &patientName,
    const domain::AttentionFlags &flags, const QDateTime &now)
{
    m_title = tr("Meeting agenda: %1", "@title agenda, with the patient's name").arg(patientName);
    m_subtitle = tr("Prepared on %1 from what %2 shared in CareCircle.", "@info agenda")
                     .arg(QLocale().toString(now.toLocalTime().date(), QLocale::LongFormat), patientName);
    m_sections = {goalsSection(store, patientName), needsSection(flags), questionsSection(store, patientName, now)};
}

AgendaExport::Section AgendaExport::goalsSection(const domain::CareStore &store, const QString &patientName)
{
    Section goals {tr("What matters to me — in the patient's own words", "@title agenda section"),
        tr("No goals shared.", "@info agenda"), {}};
    QList<domain::Goal> goalList = store.goals();
    const auto closed = [](const domain::Goal &g) {
        return g.status == QLatin1String("completed") || g.status == QLatin1String("cancelled");
    };
    std::sort(goalList.begin(), goalList.end(), [&](const domain::Goal &a, const domain::Goal &b) {
        if (closed(a) != closed(b))
            return !closed(a);
        return a.priority != b.priority ? a.priority < b.priority : goalWords(a) < goalWords(b);
    });
    for (const domain::Goal &goal : std::as_const(goalList)) {
        if (closed(goal))
            continue;
        QStringList detail {domain::codelabels::domain(goal.domain)};
        if (!goal.whatMattersToMe.isEmpty() && !goal.target.isEmpty())
            detail.append(tr("target: %1", "@info agenda").arg(goal.target.text));
        if (goal.targetDate.isValid())
            detail.append(tr("by %1", "@info agenda: target date")
                              .arg(QLocale().toString(goal.targetDate, QLocale::ShortFormat)));
        if (!goal.lastChangedBy.isEmpty())
            detail.append(tr("last changed by %1", "@info agenda").arg(actedFor(goal.lastChangedBy, patientName)));
        goals.items.append({goalWords(goal), detail.join(QStringLiteral(" · "))});
    }
    return goals;
}

AgendaExport::Section AgendaExport::needsSection(const domain::AttentionFlags &flags)
{
    Section needs {tr("Flagged needs", "@title agenda section"), tr("Nothing flagged.", "@info agenda"), {}};
    for (const domain::AttentionFlags::Worsening &w : flags.worsening) {
        needs.items.append({tr("%1 got worse: %2 out of 10, before about %3", "@info agenda: domain, rating, mean")
                                .arg(domain::codelabels::domain(w.domain))
                                .arg(w.latest)
                                .arg(QLocale().toString(w.previousMean, 'f', 1)),
            tr("latest check-in against the ones before", "@info agenda")});
    }
    for (const domain::AttentionFlags::Discuss &d : flags.discuss) {
        needs.items.append(
            {tr("%1: wants to discuss this", "@info agenda: domain").arg(domain::codelabels::domain(d.domain)),
                d.note.isEmpty()
                    ? tr("check-in of %1", "@info agenda").arg(day(d.time))
                    : tr("“%1” (check-in of %2)", "@info agenda: note, date").arg(d.note.text, day(d.time))});
    }
    if (flags.reviewOverdue) {
        needs.items.append({tr("The care plan's review date has passed", "@info agenda"),
            tr("planned for %1", "@info agenda").arg(QLocale().toString(flags.nextReview, QLocale::ShortFormat))});
    }
    for (const domain::AttentionFlags::GoalFlag &g : flags.worseningGoals)
        needs.items.append({tr("Goal getting harder: “%1”", "@info agenda").arg(g.words.text), {}});
    return needs;
}

AgendaExport::Section AgendaExport::questionsSection(
    const domain::CareStore &store, const QString &patientName, const QDateTime &now)
{
    Section questions {tr("Open questions (last %n day(s))", "@title agenda section", OpenQuestionDays),
        tr("No comments or questions in this time.", "@info agenda"), {}};
    const QDateTime from = now.addDays(-OpenQuestionDays);
    struct Dated {
        QDateTime time;
        Item item;
    };
    QList<Dated> open;
    for (const domain::Comment &comment : store.comments()) {
        if (comment.time < from || comment.time > now.addDays(1))
            continue;
        QString detail = tr("%1, %2", "@info agenda: author, date").arg(authorOf(store, comment), day(comment.time));
        if (const QString about = targetOf(store, comment); !about.isEmpty())
            detail += QStringLiteral(", ") + about;
        open.append({comment.time, {comment.text.text, detail}});
    }
    for (const domain::CheckIn &checkIn : store.checkInsById()) {
        if (checkIn.time < from || checkIn.isCaregiverCheckIn())
            continue;
        for (auto it = checkIn.answers.cbegin(); it != checkIn.answers.cend(); ++it) {
            if (!it->wantToDiscuss)
                continue;
            const QString text = it->note.isEmpty()
                ? tr("I would like to discuss this.", "@info agenda: a want-to-discuss mark without a note")
                : it->note.text;
            QString detail = tr("%1, check-in of %2", "@info agenda: domain, date")
                                 .arg(domain::codelabels::domain(it.key()), day(checkIn.time));
            if (!checkIn.actor->isEmpty())
                detail += QStringLiteral(", ")
                    + tr("filled in by %1", "@info agenda").arg(actedFor(*checkIn.actor, patientName));
            open.append({checkIn.time, {text, detail}});
        }
    }
    std::sort(open.begin(), open.end(), [](const Dated &a, const Dated &b) { return a.time < b.time; });
    for (const Dated &d : std::as_const(open))
        questions.items.append(d.item);
    return questions;
}

QString AgendaExport::toText() const
{
    QString out = m_title + QLatin1Char('\n') + QString(m_title.size(), QLatin1Char('=')) + QLatin1Char('\n')
        + m_subtitle + QLatin1Char('\n');
    for (const Section &section : m_sections) {
        out += QLatin1Char('\n') + section.title + QLatin1Char('\n') + QString(section.title.size(), QLatin1Char('-'))
            + QLatin1Char('\n');
        if (section.items.isEmpty())
            out += section.emptyText + QLatin1Char('\n');
        for (const Item &item : section.items) {
            out += QStringLiteral("- ") + item.text + QLatin1Char('\n');
            if (!item.detail.isEmpty())
                out += QStringLiteral("  (") + item.detail + QStringLiteral(")\n");
        }
    }
    return out;
}

QString AgendaExport::toHtml() const
{
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"/></head><body>");
    out += QStringLiteral("<h1>%1</h1><p>%2</p>").arg(m_title.toHtmlEscaped(), m_subtitle.toHtmlEscaped());
    for (const Section &section : m_sections) {
        out += QStringLiteral("<h2>%1</h2>").arg(section.title.toHtmlEscaped());
        if (section.items.isEmpty()) {
            out += QStringLiteral("<p><i>%1</i></p>").arg(section.emptyText.toHtmlEscaped());
            continue;
        }
        out += QStringLiteral("<ul>");
        for (const Item &item : section.items) {
            out += QStringLiteral("<li>") + item.text.toHtmlEscaped();
            if (!item.detail.isEmpty())
                out += QStringLiteral("<br/><small>%1</small>").arg(item.detail.toHtmlEscaped());
            out += QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

QString AgendaExport::resolveTarget(const QUrl &chosen)
{
    QString path = chosen.isLocalFile() ? chosen.toLocalFile() : chosen.path(QUrl::FullyDecoded);
    // QQuickFileDialogImpl::setFileName() (Qt 6.4) makes "<folder>/<typed text>" of whatever
    // was typed: keep the typed part when it was a path of its own.
    if (const qsizetype glued = path.lastIndexOf(QLatin1String("//")); glued > 0)
        path = path.mid(glued + 1);
    if (const qsizetype tilde = path.lastIndexOf(QLatin1String("/~/")); tilde >= 0)
        path = QDir::homePath() + path.mid(tilde + 2);
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return path.isEmpty() ? QString() : QDir::cleanPath(path);
}

QString AgendaExport::suggestedFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

Status AgendaExport::writeText(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toText().toUtf8()) < 0 || !file.commit()) {
        return Error {ErrorCode::Io,
            tr("Could not save the agenda to %1: %2", "@info").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Status AgendaExport::writePdf(const QString &path) const
{
    // QPdfWriter writes straight to its file: write next to it and rename, so a failure
    // leaves no half-written agenda in the chosen place.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {ErrorCode::Io,
            tr("Could not save the agenda to %1: %2", "@info").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("CareCircle"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(toHtml());
        document.print(&writer);
    }
    if (!file.commit()) {
        return Error {ErrorCode::Io,
            tr("Could not save the agenda to %1: %2", "@info").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace cc::interop
